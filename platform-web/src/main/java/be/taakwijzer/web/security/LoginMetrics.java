package be.taakwijzer.web.security;

import java.util.Optional;

import org.springframework.stereotype.Component;

import be.taakwijzer.tenancy.StaffRole;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Logins per role for the operators' Prometheus; a login without a registration counts as role "NONE". */
@Component
class LoginMetrics {

    private final MeterRegistry meters;

    LoginMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(Optional<StaffRole> role) {
        Counter.builder("taakwijzer.logins").description("Logins to the tenants' application, per role").tag("role", role.map(StaffRole::name).orElse("NONE"))
                .register(meters).increment();
    }
}
