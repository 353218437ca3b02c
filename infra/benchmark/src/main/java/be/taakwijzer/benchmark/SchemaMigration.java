package be.taakwijzer.benchmark;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.Driver;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import be.taakwijzer.shared.db.DatabaseProvisioner.Credentials;
import liquibase.integration.spring.SpringLiquibase;

/** Migrates the benchmark's database with platform-core's changelogs, as the owner, without the demo data. */
final class SchemaMigration {

    private static final String CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";
    /** Liquibase logs each changeset through java.util.logging; held here, so that the quieter level stays. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private SchemaMigration() {
    }

    static void migrate(String jdbcUrl, Credentials owner, Credentials app) throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(new SimpleDriverDataSource(new Driver(), jdbcUrl, owner.user(), owner.password()));
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLog(CHANGELOG);
        // a context other than "demo", so that the demo changesets are left out
        liquibase.setContexts("benchmark");
        liquibase.setChangeLogParameters(Map.of("app_role", app.user(), "reporting_role", BenchmarkDatabase.REPORTING,
                "operator_role", BenchmarkDatabase.OPERATOR.user()));
        liquibase.afterPropertiesSet();
    }
}
