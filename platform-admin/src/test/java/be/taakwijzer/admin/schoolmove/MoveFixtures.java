package be.taakwijzer.admin.schoolmove;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import be.taakwijzer.testsupport.TestTenants;

/**
 * School groups whose schools have a row in every table a move touches, written straight into the
 * database as the owner under each group's tenant, shaped like the demo data (migrations 900–970):
 * plans, people, allocations, a director, central tasks for all and for chosen schools, a framework
 * contract joined and a purchase request against it, a question to the DPO, a processing activity and a
 * reported data breach concerning the school, LeerID and a history.
 */
public final class MoveFixtures {

    /** Years no other test uses: the old group has both, the new group only the second. */
    public static final int EARLIER_YEAR = 2040;
    public static final int YEAR = 2041;

    private MoveFixtures() {
    }

    public static UUID group(String name, int... years) {
        UUID group = TestTenants.createGroup(name);
        TestTenants.inTenant(group, connection -> {
            for (int year : years) {
                run(connection, "insert into school_year (tenant_id, start_year) values (?, ?)", group, year);
            }
        });
        return group;
    }

    public static UUID director(UUID group, UUID school) {
        return TestTenants.createStaff(group, TestTenants.uniqueEmail("directeur", "school.example"), "SCHOOL_DIRECTOR", school);
    }

    /** The school's own rows: plans in the given years, a person with hours and competences, an allocation, LeerID, a notice, a question, a history. */
    public static void schoolRows(UUID group, UUID school, UUID director, int... planYears) {
        TestTenants.inTenant(group, connection -> {
            for (int year : planYears) {
                run(connection, "insert into school_plan (tenant_id, school_id, start_year) values (?, ?, ?)", group, school, year);
            }
            int year = planYears[planYears.length - 1];
            UUID person = id(connection, "insert into school_person (tenant_id, school_id, start_year, name, role_type) "
                    + "values (?, ?, ?, 'Ann Voorbeeld', 'TECHNISCH_ICT_COORDINATOR') returning id", group, school, year);
            run(connection, "insert into school_person_hours (tenant_id, person_id, funding_code, hours) values (?, ?, 'ICT_UREN', 100)",
                    group, person);
            run(connection, "insert into school_person_competence (tenant_id, person_id, competence_code) values (?, ?, 'TECH_TECHNISCHE_KENNIS')",
                    group, person);
            UUID allocation = id(connection, "insert into allocation (tenant_id, school_id, start_year, task_code) values (?, ?, ?, 'TECH_CORE_01') "
                    + "returning id", group, school, year);
            run(connection, "insert into allocation_share (tenant_id, allocation_id, person_id, hours, funding_code) values (?, ?, ?, 20, 'ICT_UREN')",
                    group, allocation, person);
            // an unread notice of a task the old group stopped covering; the new group covers it for all its schools
            run(connection, "insert into coverage_notice (tenant_id, school_id, start_year, task_code, created_by) values (?, ?, ?, 'BEL_CENTRAL_02', 'ict')",
                    group, school, year);
            UUID question = id(connection, "insert into privacy_question (tenant_id, school_id, subject, category, urgency, status, asked_by) "
                    + "values (?, ?, 'Foto''s op de website', 'BEELDMATERIAAL', 'NORMAL', 'OPEN', 'directeur') returning id", group, school);
            run(connection, "insert into privacy_question_message (tenant_id, question_id, kind, author, body) values (?, ?, 'QUESTION', 'directeur', 'Mag dat?')",
                    group, question);
            run(connection, "insert into leerid_school (tenant_id, school_id, state, changed_by) values (?, ?, 'LIVE', 'ict')", group, school);
            run(connection, "insert into leerid_state_change (tenant_id, school_id, from_state, to_state, changed_by) values (?, ?, 'TEST', 'LIVE', 'ict')",
                    group, school);
            run(connection, "insert into leerid_application (tenant_id, school_id, name, connection_state) values (?, ?, 'Leerplatform Zeppelin', 'CONNECTED')",
                    group, school);
            run(connection, "insert into leerid_checklist_item (tenant_id, school_id, item, done, changed_by) values (?, ?, 'REQUEST_SUBMITTED', true, 'ict')",
                    group, school);
            run(connection, "insert into audit_event (tenant_id, school_id, actor, entity, entity_id, action) values (?, ?, 'directeur', 'school_plan', ?, 'CHANGED')",
                    group, school, school);
            run(connection, "insert into audit_event (tenant_id, actor, entity, entity_id, action) values (?, 'ict', 'staff_member', ?, 'CREATED')",
                    group, director);
        });
    }

    /**
     * The group's own records that concern the schools: a central task for all schools ({@code allSchoolsTask}), one chosen for
     * these schools with {@code responsible} answering for it, a contract they joined with a request of each against it, a
     * processing activity for them, a reported breach that concerned them (and its history), a group-wide event.
     */
    public static void groupRecords(UUID group, String allSchoolsTask, UUID responsible, UUID... schools) {
        TestTenants.inTenant(group, connection -> {
            run(connection, "insert into central_task (tenant_id, start_year, task_code, provider_code, status, all_schools) "
                    + "values (?, ?, ?, 'SCHOLENGROEP', 'ACTIVE', true)", group, YEAR, allSchoolsTask);
            UUID chosen = id(connection, "insert into central_task (tenant_id, start_year, task_code, provider_code, responsible_staff_id, status, all_schools) "
                    + "values (?, ?, 'TECH_CORE_09', 'SCHOLENGROEP', ?, 'ACTIVE', false) returning id", group, YEAR, responsible);
            UUID supplier = id(connection, "insert into supplier (tenant_id, name) values (?, 'Bitwerk bv (fictief)') returning id", group);
            UUID contract = id(connection, "insert into framework_contract (tenant_id, title, supplier_id, category, procurement, start_date, end_date) "
                    + "values (?, 'Laptops', ?, 'DEVICES', 'OWN_TENDER', current_date, current_date + 365) returning id", group, supplier);
            UUID activity = id(connection, "insert into processing_activity (tenant_id, name, purpose, legal_basis, data_subjects, personal_data, retention, all_schools) "
                    + "values (?, 'Camerabewaking', 'Beveiliging', 'GERECHTVAARDIGD_BELANG', 'bezoekers', 'beelden', '30 dagen', false) returning id", group);
            UUID breach = id(connection, "insert into data_breach (tenant_id, discovered_at, nature, data_affected, report_required, reported_at, registered_by) "
                    + "values (?, now() - interval '10 days', 'Verkeerde e-mail', 'punten', true, now() - interval '9 days', 'dpo') returning id", group);
            for (UUID school : schools) {
                run(connection, "insert into central_task_school (tenant_id, central_task_id, school_id) values (?, ?, ?)", group, chosen, school);
                run(connection, "insert into contract_school (tenant_id, contract_id, school_id, joined_by) values (?, ?, ?, 'directeur')",
                        group, contract, school);
                run(connection, "insert into purchase_request (tenant_id, school_id, contract_id, category, description, quantity, estimated_cost, requested_by) "
                        + "values (?, ?, ?, 'DEVICES', 'Laptops voor het zesde leerjaar', 2, 1200, 'directeur')", group, school, contract);
                run(connection, "insert into processing_activity_school (tenant_id, activity_id, school_id) values (?, ?, ?)", group, activity, school);
                run(connection, "insert into data_breach_school (tenant_id, breach_id, school_id) values (?, ?, ?)", group, breach, school);
                run(connection, "insert into audit_event (tenant_id, school_id, actor, entity, entity_id, action) values (?, ?, 'dpo', 'data_breach', ?, 'CREATED')",
                        group, school, breach);
            }
            run(connection, "insert into audit_event (tenant_id, actor, entity, entity_id, action) values (?, 'ict', 'central_task', ?, 'CREATED')",
                    group, chosen);
        });
    }

    /** A breach of the school that must still be reported: the old group's DPO has a clock running. */
    public static void breachToReport(UUID group, UUID school) {
        TestTenants.inTenant(group, connection -> {
            UUID breach = id(connection, "insert into data_breach (tenant_id, discovered_at, nature, data_affected, report_required, registered_by) "
                    + "values (?, now() - interval '5 hours', 'Laptop gestolen', 'contactgegevens', true, 'directeur') returning id", group);
            run(connection, "insert into data_breach_school (tenant_id, breach_id, school_id) values (?, ?, ?)", group, breach, school);
        });
    }

    static void run(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            statement.execute();
        }
    }

    static UUID id(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
