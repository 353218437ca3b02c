package be.taakwijzer.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flemish time: the school year turns on 1 September in Brussels. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(FlemishTime.ZONE);
    }
}
