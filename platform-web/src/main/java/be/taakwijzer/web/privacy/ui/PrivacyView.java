package be.taakwijzer.web.privacy.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.privacy.AgreementState;
import be.taakwijzer.privacy.BreachDeadline;
import be.taakwijzer.privacy.DataBreach;
import be.taakwijzer.privacy.DataBreachService;
import be.taakwijzer.privacy.PrivacyQuestion;
import be.taakwijzer.privacy.PrivacyQuestionService;
import be.taakwijzer.privacy.ProcessingActivity;
import be.taakwijzer.privacy.ProcessingRegisterService;
import be.taakwijzer.privacy.ProcessorAgreement;
import be.taakwijzer.privacy.ProcessorAgreementService;
import be.taakwijzer.privacy.QuestionMessage;
import be.taakwijzer.privacy.QuestionStatus;
import be.taakwijzer.privacy.QuestionUrgency;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolService;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.web.security.TaakwijzerUser;
import jakarta.annotation.security.RolesAllowed;
import be.taakwijzer.web.shared.ui.Feedback;

/**
 * The group's GDPR workspace, run by its DPO for all member schools: the question desk, the register of
 * processing activities, the processor agreements and the data-breach register. A director asks
 * questions and reads what concerns their school, and registers a breach of it; group ICT staff read the
 * register, the agreements and the breaches (not the questions).
 */
@Route("privacy")
@RolesAllowed({"GROUP_DPO", "SCHOOL_DIRECTOR", "GROUP_ICT_STAFF"})
public class PrivacyView extends LocalizedPage {

    private final PrivacyQuestionService questions;
    private final ProcessingRegisterService register;
    private final ProcessorAgreementService agreements;
    private final DataBreachService breaches;
    private final Clock clock;
    private final List<School> schools;
    private final Map<UUID, School> schoolsById;
    private final boolean dpo;
    private final Optional<UUID> ownSchool;
    private final String actor;
    private int selectedTab;
    private Grid<PrivacyQuestion> questionGrid;
    private Grid<ProcessingActivity> activityGrid;
    private Grid<ProcessorAgreement> agreementGrid;
    private Grid<DataBreach> breachGrid;
    private Paragraph agreementWarning;
    private Paragraph breachWarning;

    public PrivacyView(PrivacyQuestionService questions, ProcessingRegisterService register, ProcessorAgreementService agreements,
                       DataBreachService breaches, SchoolService schoolService, Clock clock, AuthenticationContext authentication) {
        this.questions = questions;
        this.register = register;
        this.agreements = agreements;
        this.breaches = breaches;
        this.clock = clock;
        this.schools = schoolService.memberSchools();
        this.schoolsById = schools.stream().collect(Collectors.toMap(School::id, Function.identity()));
        this.dpo = authentication.hasRole(StaffRole.GROUP_DPO.name());
        Optional<TaakwijzerUser> user = authentication.getAuthenticatedUser(TaakwijzerUser.class);
        this.ownSchool = user.flatMap(TaakwijzerUser::ownSchoolId);
        this.actor = user.map(TaakwijzerUser::actor).orElse("?");
    }

    private boolean director() {
        return ownSchool.isPresent();
    }

    /** The question desk is between schools and the DPO: group ICT staff do not read it. */
    private boolean questionDesk() {
        return dpo || director();
    }

    @Override
    protected String titleKey() {
        return "privacy.title";
    }

    @Override
    protected void render() {
        H2 title = new H2(getTranslation("privacy.title"));
        Paragraph intro = new Paragraph(getTranslation(dpo ? "privacy.intro.dpo" : director() ? "privacy.intro.director" : "privacy.intro.ict"));
        intro.addClassName("tw-intro");
        add(title, intro);

        TabSheet tabs = new TabSheet();
        tabs.setId("privacy-tabs");
        tabs.setWidthFull();
        if (questionDesk()) {
            tabs.add(getTranslation("privacy.tab.questions"), questionsTab());
        }
        tabs.add(getTranslation("privacy.tab.register"), registerTab());
        tabs.add(getTranslation("privacy.tab.agreements"), agreementsTab());
        tabs.add(getTranslation("privacy.tab.breaches"), breachesTab());
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(change -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
        refresh();
    }

    // ---- questions

    private Component questionsTab() {
        Div tab = new Div();
        if (director()) {
            Button ask = new Button(getTranslation("privacy.question.action.ask"), VaadinIcon.QUESTION_CIRCLE.create(),
                    click -> new QuestionDialog(input -> {
                        questions.ask(ownSchool.orElseThrow(), input, actor);
                        Feedback.saved(this, "privacy.question.asked");
                        refresh();
                    }, this::refused).open());
            ask.setId("privacy-ask");
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div toolbar = new Div(ask);
            toolbar.addClassName("tw-filters");
            tab.add(toolbar);
        }
        questionGrid = new Grid<>();
        questionGrid.setId("question-grid");
        questionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        questionGrid.setAllRowsVisible(true);
        questionGrid.addComponentColumn(this::questionWithThread).setHeader(getTranslation("privacy.question.column.question"))
                .setWidth("24em").setFlexGrow(4);
        if (dpo) {
            questionGrid.addColumn(q -> schoolName(q.schoolId())).setHeader(getTranslation("privacy.column.school")).setWidth("9em").setFlexGrow(1);
        }
        questionGrid.addColumn(q -> getTranslation("privacy.category." + q.category().name()))
                .setHeader(getTranslation("privacy.question.column.category")).setWidth("10em").setFlexGrow(0);
        questionGrid.addComponentColumn(this::questionStatus).setHeader(getTranslation("privacy.question.column.status"))
                .setWidth("9em").setFlexGrow(0).setKey("status");
        questionGrid.addComponentColumn(this::questionActions).setWidth("13em").setFlexGrow(0).setKey("actions");
        questionGrid.setEmptyStateText(getTranslation(dpo ? "privacy.question.empty.dpo" : "privacy.question.empty.director"));
        tab.add(questionGrid);
        return tab;
    }

    private Component questionWithThread(PrivacyQuestion question) {
        Div cell = new Div();
        cell.addClassName("tw-cell-stack");
        Span subject = new Span(question.subject());
        subject.getStyle().set("font-weight", "600");
        cell.add(subject);
        for (QuestionMessage message : question.messages()) {
            Span head = new Span(getTranslation("privacy.message." + message.kind().name(), message.author(), dateTime(message.writtenAt())));
            head.addClassName("tw-secondary");
            Span body = new Span(message.body());
            body.getStyle().set("white-space", "pre-line");
            cell.add(head, body);
        }
        if (question.escalated()) {
            Span escalation = new Span(getTranslation("privacy.question.escalated-by", question.escalatedBy(), dateTime(question.escalatedAt()))
                    + (question.escalationNote().isEmpty() ? "" : ": " + question.escalationNote()));
            escalation.addClassName("tw-secondary");
            cell.add(escalation);
        }
        return cell;
    }

    private Component questionStatus(PrivacyQuestion question) {
        Div badges = new Div();
        badges.addClassName("tw-cell-stack");
        Span status = badge(getTranslation("privacy.question.status." + question.status().name()), switch (question.status()) {
            case OPEN -> "tw-state-open";
            case ANSWERED -> "tw-state-allocated";
            case CLOSED -> "tw-state-central";
        });
        status.setId("question-status-" + question.id());
        badges.add(status);
        if (question.urgency() == QuestionUrgency.URGENT) {
            badges.add(badge(getTranslation("privacy.urgency.URGENT"), "tw-status-stopped"));
        }
        if (question.escalated()) {
            badges.add(badge(getTranslation("privacy.question.escalated"), "tw-state-central"));
        }
        return badges;
    }

    private Component questionActions(PrivacyQuestion question) {
        Div actions = new Div();
        actions.addClassName("tw-actions");
        String context = question.subject();
        if (dpo && question.status() == QuestionStatus.OPEN) {
            actions.add(action("question-answer-" + question.id(), "privacy.question.action.answer", false, () -> new TextDialog(
                    getTranslation("privacy.question.action.answer"), context, getTranslation("privacy.question.form.answer"), 5000,
                    text -> {
                        questions.answer(question, text, actor);
                        Feedback.saved(this, "privacy.question.answered");
                        refresh();
                    }, this::refused).open()));
        }
        if (director() && question.status() != QuestionStatus.OPEN) {
            actions.add(action("question-ask-again-" + question.id(), "privacy.question.action.ask-again", false, () -> new TextDialog(
                    getTranslation("privacy.question.action.ask-again"), context, getTranslation("privacy.question.form.follow-up"), 5000,
                    text -> {
                        questions.askAgain(question, text, actor);
                        Feedback.saved(this, "privacy.question.asked");
                        refresh();
                    }, this::refused).open()));
        }
        if (dpo && !question.escalated()) {
            actions.add(action("question-escalate-" + question.id(), "privacy.question.action.escalate", false, () -> new TextDialog(
                    getTranslation("privacy.question.action.escalate"), getTranslation("privacy.question.form.escalate-help"),
                    getTranslation("privacy.question.form.escalation-note"), 2000,
                    text -> {
                        questions.escalate(question, text, actor);
                        Feedback.saved(this, "privacy.question.escalated-saved");
                        refresh();
                    }, this::refused).open()));
        }
        if (question.status() != QuestionStatus.CLOSED) {
            actions.add(action("question-close-" + question.id(), "privacy.question.action.close", false, () -> confirm(
                    getTranslation("privacy.question.confirm.close", question.subject()), () -> questions.close(question, actor))));
        }
        return actions;
    }

    // ---- register of processing activities

    private Component registerTab() {
        Div tab = new Div();
        if (dpo) {
            Button add = new Button(getTranslation("privacy.activity.action.add"), VaadinIcon.PLUS.create(), click -> openActivity(null));
            add.setId("activity-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div toolbar = new Div(add);
            toolbar.addClassName("tw-filters");
            tab.add(toolbar);
        }
        activityGrid = new Grid<>();
        activityGrid.setId("activity-grid");
        activityGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        activityGrid.setAllRowsVisible(true);
        activityGrid.addComponentColumn(a -> stack(a.name(), a.purpose(),
                        getTranslation("privacy.activity.legal-basis-line", getTranslation("privacy.legal-basis." + a.legalBasis().name()))))
                .setHeader(getTranslation("privacy.activity.column.name")).setWidth("14em").setFlexGrow(2);
        activityGrid.addComponentColumn(a -> stack(a.dataSubjects(), a.personalData()))
                .setHeader(getTranslation("privacy.activity.column.data")).setWidth("12em").setFlexGrow(2);
        activityGrid.addComponentColumn(a -> stack(a.recipients(), getTranslation("privacy.activity.transfers-line", a.transfersOutsideEea()
                        ? getTranslation("privacy.activity.transfers", a.transfers(), a.transferSafeguards())
                        : getTranslation("privacy.activity.no-transfers"))))
                .setHeader(getTranslation("privacy.activity.column.recipients")).setWidth("12em").setFlexGrow(2);
        activityGrid.addComponentColumn(a -> stack(a.retention(), a.securityMeasures()))
                .setHeader(getTranslation("privacy.activity.column.retention-security")).setWidth("12em").setFlexGrow(2);
        activityGrid.addColumn(a -> a.allSchools() ? getTranslation("privacy.for.all")
                        : schools.stream().filter(s -> a.schoolIds().contains(s.id())).map(School::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("privacy.column.schools")).setWidth("9em").setFlexGrow(1);
        if (dpo) {
            activityGrid.addComponentColumn(a -> {
                Div actions = new Div(action("activity-change-" + a.id(), "action.change", false, () -> openActivity(a)),
                        action("activity-remove-" + a.id(), "action.remove", true, () -> confirm(
                                getTranslation("privacy.activity.confirm.remove", a.name()), () -> register.remove(a, actor))));
                actions.addClassName("tw-actions");
                return actions;
            }).setWidth("7em").setFlexGrow(0).setKey("actions");
        }
        activityGrid.setEmptyStateText(getTranslation("privacy.activity.empty"));
        tab.add(activityGrid);
        return tab;
    }

    private void openActivity(ProcessingActivity editing) {
        new ActivityDialog(schools, editing, input -> {
            ProcessingActivity saved = editing == null ? register.add(input, actor) : register.change(editing, input, actor);
            Feedback.saved(this, "privacy.saved", saved.name());
            refresh();
        }, this::refused).open();
    }

    // ---- processor agreements

    private Component agreementsTab() {
        Div tab = new Div();
        agreementWarning = new Paragraph();
        agreementWarning.setId("agreement-warning");
        agreementWarning.addClassName("tw-warning");
        tab.add(agreementWarning);
        if (dpo) {
            Button add = new Button(getTranslation("privacy.agreement.action.add"), VaadinIcon.PLUS.create(), click -> openAgreement(null));
            add.setId("agreement-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div toolbar = new Div(add);
            toolbar.addClassName("tw-filters");
            tab.add(toolbar);
        }
        agreementGrid = new Grid<>();
        agreementGrid.setId("agreement-grid");
        agreementGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        agreementGrid.setAllRowsVisible(true);
        agreementGrid.addComponentColumn(a -> stack(a.processorName(),
                        a.supplierName() == null ? "" : getTranslation("privacy.agreement.supplier", a.supplierName())))
                .setHeader(getTranslation("privacy.agreement.column.processor")).setWidth("12em").setFlexGrow(2);
        agreementGrid.addColumn(ProcessorAgreement::application).setHeader(getTranslation("privacy.agreement.column.application"))
                .setWidth("10em").setFlexGrow(1);
        agreementGrid.addColumn(a -> a.signedOn() == null ? "" : date(a.signedOn()))
                .setHeader(getTranslation("privacy.agreement.column.signed-on")).setWidth("7em").setFlexGrow(0);
        agreementGrid.addColumn(a -> a.expiresOn() == null ? getTranslation("privacy.agreement.no-end") : date(a.expiresOn()))
                .setHeader(getTranslation("privacy.agreement.column.expires-on")).setWidth("7em").setFlexGrow(0);
        agreementGrid.addComponentColumn(a -> {
            Span state = badge(getTranslation("privacy.agreement.state." + a.state().name()), switch (a.state()) {
                case DRAFT -> "tw-state-central";
                case SIGNED -> "tw-state-allocated";
                case EXPIRING -> "tw-state-open";
                case EXPIRED -> "tw-status-stopped";
            });
            state.setId("agreement-state-" + a.id());
            return state;
        }).setHeader(getTranslation("privacy.agreement.column.status")).setWidth("8em").setFlexGrow(0).setKey("state");
        agreementGrid.addComponentColumn(a -> {
            if (a.documentUrl() == null) {
                return new Span();
            }
            Anchor link = new Anchor(a.documentUrl(), getTranslation("privacy.agreement.open-document"), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }).setHeader(getTranslation("privacy.agreement.column.document")).setWidth("7em").setFlexGrow(0);
        if (dpo) {
            agreementGrid.addComponentColumn(a -> {
                Div actions = new Div(action("agreement-change-" + a.id(), "action.change", false, () -> openAgreement(a)),
                        action("agreement-remove-" + a.id(), "action.remove", true, () -> confirm(
                                getTranslation("privacy.agreement.confirm.remove", a.processorName()), () -> agreements.remove(a, actor))));
                actions.addClassName("tw-actions");
                return actions;
            }).setWidth("7em").setFlexGrow(0).setKey("actions");
        }
        agreementGrid.setEmptyStateText(getTranslation("privacy.agreement.empty"));
        tab.add(agreementGrid);
        return tab;
    }

    private void openAgreement(ProcessorAgreement editing) {
        new AgreementDialog(editing, agreements.suppliers(), input -> {
            ProcessorAgreement saved = editing == null ? agreements.add(input, actor) : agreements.change(editing, input, actor);
            Feedback.saved(this, "privacy.saved", saved.processorName());
            refresh();
        }, this::refused).open();
    }

    // ---- data breaches

    private Component breachesTab() {
        Div tab = new Div();
        breachWarning = new Paragraph();
        breachWarning.setId("breach-warning");
        breachWarning.addClassName("tw-warning");
        tab.add(breachWarning);
        if (dpo || director()) {
            Button add = new Button(getTranslation("privacy.breach.action.add"), VaadinIcon.WARNING.create(), click -> openBreach(null));
            add.setId("breach-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            Div toolbar = new Div(add);
            toolbar.addClassName("tw-filters");
            tab.add(toolbar);
        }
        breachGrid = new Grid<>();
        breachGrid.setId("breach-grid");
        breachGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        breachGrid.setAllRowsVisible(true);
        breachGrid.addColumn(b -> dateTime(b.discoveredAt())).setHeader(getTranslation("privacy.breach.column.discovered-at"))
                .setWidth("8em").setFlexGrow(0);
        breachGrid.addComponentColumn(b -> stack(b.nature(), getTranslation("privacy.breach.affected", b.dataAffected(),
                        b.peopleAffected() == null ? getTranslation("privacy.breach.people-unknown") : b.peopleAffected())))
                .setHeader(getTranslation("privacy.breach.column.nature")).setWidth("16em").setFlexGrow(3);
        breachGrid.addColumn(b -> schools.stream().filter(s -> b.schoolIds().contains(s.id())).map(School::name)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("privacy.breach.column.schools")).setWidth("9em").setFlexGrow(1);
        breachGrid.addColumn(DataBreach::measures).setHeader(getTranslation("privacy.breach.column.measures")).setWidth("12em").setFlexGrow(2);
        breachGrid.addComponentColumn(this::breachClock).setHeader(getTranslation("privacy.breach.column.report")).setWidth("10em").setFlexGrow(0)
                .setKey("report");
        if (dpo) {
            breachGrid.addComponentColumn(b -> {
                Div actions = new Div(action("breach-change-" + b.id(), "action.change", false, () -> openBreach(b)));
                if (!b.reported()) {
                    actions.add(action("breach-reported-" + b.id(), "privacy.breach.action.reported", false, () -> confirm(
                            getTranslation("privacy.breach.confirm.reported"), () -> breaches.markReported(b, OffsetDateTime.now(clock), actor))));
                }
                actions.addClassName("tw-actions");
                return actions;
            }).setWidth("13em").setFlexGrow(0).setKey("actions");
        }
        breachGrid.setEmptyStateText(getTranslation(director() ? "privacy.breach.empty.school" : "privacy.breach.empty"));
        tab.add(breachGrid);
        return tab;
    }

    private Component breachClock(DataBreach breach) {
        BreachDeadline deadline = breaches.deadline(breach);
        String text = switch (deadline.state()) {
            case RUNNING -> getTranslation("privacy.breach.clock.running", deadline.hours());
            case OVERDUE -> getTranslation("privacy.breach.clock.overdue", deadline.hours());
            case REPORTED_IN_TIME -> getTranslation("privacy.breach.clock.reported", dateTime(breach.reportedAt()));
            case REPORTED_LATE -> getTranslation("privacy.breach.clock.reported-late", dateTime(breach.reportedAt()));
            case NOT_REQUIRED -> getTranslation("privacy.breach.clock.not-required");
        };
        Span clockBadge = badge(text, switch (deadline.state()) {
            case RUNNING -> "tw-state-open";
            case OVERDUE, REPORTED_LATE -> "tw-status-stopped";
            case REPORTED_IN_TIME -> "tw-state-allocated";
            case NOT_REQUIRED -> "tw-state-central";
        });
        clockBadge.setId("breach-clock-" + breach.id());
        return clockBadge;
    }

    private void openBreach(DataBreach editing) {
        new BreachDialog(schools, dpo ? null : ownSchool.orElse(null), editing, LocalDateTime.now(clock.withZone(FlemishTime.ZONE)), input -> {
            if (editing == null) {
                breaches.register(input, actor);
            } else {
                breaches.change(editing, input, actor);
            }
            Feedback.saved(this, "privacy.breach.saved");
            refresh();
        }, this::refused).open();
    }

    // ---- shared

    private void refresh() {
        if (questionGrid != null && questionDesk()) {
            questionGrid.setItems(questions.questions());
        }
        activityGrid.setItems(register.activities());
        List<ProcessorAgreement> all = agreements.agreements();
        agreementGrid.setItems(all);
        long expiring = all.stream().filter(a -> a.state() == AgreementState.EXPIRING).count();
        long expired = all.stream().filter(a -> a.state() == AgreementState.EXPIRED).count();
        agreementWarning.setText(getTranslation("privacy.agreement.warning", expiring, expired));
        agreementWarning.setVisible(expiring + expired > 0);
        List<DataBreach> allBreaches = breaches.breaches();
        breachGrid.setItems(allBreaches);
        long pressing = allBreaches.stream().filter(b -> breaches.deadline(b).state().alarming()).count();
        breachWarning.setText(getTranslation("privacy.breach.warning", pressing));
        breachWarning.setVisible(pressing > 0);
    }

    private void refused(InvalidInputException refused) {
        Feedback.refused(this, refused);
        refresh();
    }

    private void confirm(String question, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("privacy-confirm");
        dialog.setHeader(getTranslation("confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmText(getTranslation("confirm.ok"));
        dialog.addConfirmListener(confirmed -> {
            try {
                action.run();
                Feedback.saved(this, "privacy.done");
            } catch (InvalidInputException refused) {
                Feedback.refused(this, refused);
            }
            refresh();
        });
        dialog.open();
    }

    private Button action(String id, String key, boolean danger, Runnable click) {
        Button button = new Button(getTranslation(key), event -> click.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (danger) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("tw-badge", kind);
        return badge;
    }

    /** A cell of a main text with secondary lines under it (empty lines left out). */
    private static Component stack(String first, String... more) {
        Div cell = new Div(new Span(first));
        for (String line : more) {
            if (line != null && !line.isEmpty()) {
                Span secondary = new Span(line);
                secondary.addClassName("tw-secondary");
                cell.add(secondary);
            }
        }
        cell.addClassName("tw-cell-stack");
        return cell;
    }

    private String schoolName(UUID schoolId) {
        School school = schoolsById.get(schoolId);
        return school == null ? "" : school.name();
    }

    private String dateTime(OffsetDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZoneSameInstant(FlemishTime.ZONE));
    }

    private String date(java.time.LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }
}
