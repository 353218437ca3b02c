package be.taakwijzer.tenancy;

import static be.taakwijzer.testsupport.AuthenticatedAs.noTenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;

/** Nothing of one school group is visible to another: in the services and in the database itself. */
@SpringBootTest
class TenantIsolationTest {

    @Autowired
    SchoolService schoolService;

    @Autowired
    SchoolRepository schoolRepository;

    @Autowired
    PlatformTransactionManager transactionManager;

    UUID groupA;
    UUID groupB;
    UUID schoolOfB;

    @BeforeEach
    void twoGroups() {
        groupA = TestTenants.createGroup("Scholengroep Noorderlicht");
        TestTenants.createSchool(groupA, "Basisschool De Vlinder");
        groupB = TestTenants.createGroup("Scholengroep Zuiderzon");
        schoolOfB = TestTenants.createSchool(groupB, "Atheneum Zonnedauw");
    }

    @Test
    void serviceShowsOnlyTheOwnGroupAndItsSchools() {
        assertThat(tenant(groupA, schoolService::currentGroup)).get().extracting(SchoolGroup::tenantId).isEqualTo(groupA);
        List<School> schools = tenant(groupA, schoolService::memberSchools);
        assertThat(schools).extracting(School::name).containsExactly("Basisschool De Vlinder");
        assertThat(schools).allSatisfy(s -> assertThat(s.tenantId()).isEqualTo(groupA));
    }

    @Test
    void withoutATenantTheServiceSeesNothing() {
        assertThat(noTenant(schoolService::memberSchools)).isEmpty();
        assertThat(noTenant(schoolService::currentGroup)).isEmpty();
    }

    @Test
    void appRoleCannotReadOrChangeAnotherTenantsRows() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsApp()) {
            connection.setAutoCommit(false);
            setTenant(connection, groupA);
            try (Statement statement = connection.createStatement()) {
                assertThat(count(statement, "select count(*) from school where tenant_id = '" + groupB + "'")).isZero();
                assertThat(count(statement, "select count(*) from school_group where tenant_id = '" + groupB + "'")).isZero();
                assertThat(statement.executeUpdate("update school set name = 'overgenomen' where id = '" + schoolOfB + "'")).isZero();
                assertThat(statement.executeUpdate("delete from school where id = '" + schoolOfB + "'")).isZero();
            }
            connection.commit();
        }
        assertThat(tenant(groupB, schoolService::memberSchools)).extracting(School::name).containsExactly("Atheneum Zonnedauw");
    }

    @Test
    void appRoleCannotInsertRowsForAnotherTenant() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsApp()) {
            connection.setAutoCommit(false);
            setTenant(connection, groupA);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into school (tenant_id, instellingsnummer, name, education_level) values (?, ?, 'Indringer', 'BASIS')")) {
                insert.setObject(1, groupB);
                insert.setString(2, TestTenants.uniqueInstellingsnummer());
                assertThatThrownBy(insert::executeUpdate)
                        .isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            }
            connection.rollback();
        }
    }

    @Test
    void theDataLayerReportsARefusedWriteAsATenantAccessError() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> tenant(groupA, () -> transaction.execute(status -> schoolRepository.insert(groupB,
                Instellingsnummer.parse(TestTenants.uniqueInstellingsnummer()), "Indringer", "Elders", EducationLevel.BASIS))))
                .isInstanceOf(TenantAccessDeniedException.class);
        assertThat(tenant(groupB, schoolService::memberSchools)).extracting(School::name).containsExactly("Atheneum Zonnedauw");
    }

    @Test
    void theTransactionManagerSetsTheTenantOfThePrincipal() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        School added = tenant(groupA, () -> transaction.execute(status -> schoolRepository.insert(groupA,
                Instellingsnummer.parse("4321"), "Basisschool Klaproos", "Voorbeeldstad", EducationLevel.BASIS)));
        assertThat(added.instellingsnummer().value()).isEqualTo("004321");
        assertThat(tenant(groupA, schoolService::memberSchools)).extracting(School::name).contains("Basisschool Klaproos");
        assertThat(tenant(groupB, schoolService::memberSchools)).extracting(School::name).doesNotContain("Basisschool Klaproos");
    }

    @Test
    void noTenantSetMeansNoRowsAlsoAfterAnEarlierTenantOnTheSameConnection() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsApp(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from school")).isZero();
            connection.setAutoCommit(false);
            setTenant(connection, groupA);
            assertThat(count(statement, "select count(*) from school")).isEqualTo(1);
            connection.commit();
            // the setting was local to the transaction: the next borrower of this connection sees nothing
            assertThat(count(statement, "select count(*) from school")).isZero();
        }
    }

    @Test
    void appRoleIsNeitherSuperuserNorBypassesRlsNorOwnsTables() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsApp(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("superuser").isFalse();
            assertThat(rs.getBoolean(2)).as("bypassrls").isFalse();
            assertThat(count(statement, "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")).isZero();
        }
    }

    @Test
    void everyTableWithATenantColumnHasForcedRowLevelSecurityAndAPolicy() throws SQLException {
        List<String> unprotected = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connectAsOwner(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                            (select count(*) from pg_policy p where p.polrelid = c.oid) as policies,
                            (select a.attnum from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id') as tenant_column,
                            (select i.indkey[0] from pg_index i where i.indrelid = c.oid and i.indisprimary) as first_key_column
                     from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
                     where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
                     """)) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                if (!rs.getBoolean(2) || !rs.getBoolean(3) || rs.getInt(4) == 0 || rs.getInt(5) != rs.getInt(6)) {
                    unprotected.add(rs.getString(1));
                }
            }
            assertThat(tables).isGreaterThanOrEqualTo(2);
        }
        assertThat(unprotected).as("tenant tables without forced RLS, a policy or a key starting with tenant_id").isEmpty();
    }

    @Test
    void everyForcedTableHasTheOperatorConsolesPolicyForTheOperatorRoleAlone() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connectAsOwner(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.relname,
                            (select count(*) from pg_policy p where p.polrelid = c.oid and p.polname = 'operator_console'
                               and p.polroles = array[(select oid from pg_roles where rolname = '%s')]::oid[]) as operator_policies
                     from pg_class c
                     where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relforcerowsecurity
                     """.formatted(TestDatabase.OPERATOR.user()))) {
            while (rs.next()) {
                if (rs.getInt(2) != 1) {
                    missing.add(rs.getString(1));
                }
            }
        }
        assertThat(missing).as("forced tables without the policy operator_console TO the operator role").isEmpty();
    }

    @Test
    void theOperatorRoleSeesEveryGroupAndTheAppRoleStillOnlyItsOwn() throws SQLException {
        UUID other = TestTenants.createGroup("Scholengroep Operator");
        TestTenants.createSchool(other, "School van de operator");
        try (Connection operator = TestDatabase.get().connectAsOperator(); Statement statement = operator.createStatement();
             ResultSet rs = statement.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("superuser").isFalse();
            assertThat(rs.getBoolean(2)).as("bypassrls").isFalse();
            // no tenant set: its own policy, not a tenant's, lets it see every group
            assertThat(count(statement, "select count(*) from school_group where tenant_id = '" + other + "'")).isEqualTo(1);
            assertThat(count(statement, "select count(*) from school where tenant_id = '" + other + "'")).isEqualTo(1);
        }
        try (Connection app = TestDatabase.get().connectAsApp(); Statement statement = app.createStatement()) {
            assertThat(count(statement, "select count(*) from school_group where tenant_id = '" + other + "'")).isZero();
        }
    }

    private static void setTenant(Connection connection, UUID tenantId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenantId.toString());
            statement.execute();
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
