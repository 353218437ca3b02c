package be.taakwijzer.web.purchasing.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import be.taakwijzer.shared.FlemishTime;
import be.taakwijzer.purchasing.Contract;
import be.taakwijzer.purchasing.ContractService;
import be.taakwijzer.purchasing.PurchaseRequest;
import be.taakwijzer.purchasing.PurchaseRequestService;
import be.taakwijzer.purchasing.PurchasingWarning;
import be.taakwijzer.purchasing.PurchasingWarningService;
import be.taakwijzer.purchasing.PurchasingWarnings;
import be.taakwijzer.purchasing.Quote;
import be.taakwijzer.purchasing.RankedQuote;
import be.taakwijzer.purchasing.RequestStatus;
import be.taakwijzer.purchasing.Supplier;
import be.taakwijzer.purchasing.SupplierService;
import be.taakwijzer.purchasing.Tender;
import be.taakwijzer.purchasing.TenderService;
import be.taakwijzer.purchasing.TenderStatus;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.SchoolService;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.ui.LocalizedPage;
import be.taakwijzer.web.security.TaakwijzerUser;
import jakarta.annotation.security.RolesAllowed;
import be.taakwijzer.web.shared.ui.Feedback;

/**
 * The purchasing workspace the group runs once for all its member schools: framework contracts and
 * which schools joined them, tenders with their quote comparison, the schools' purchase requests and
 * the suppliers; warnings on top. A director sees their school's part: the contracts they can join or
 * joined, and their own requests with a form to file one.
 */
@Route("inkoop")
@RolesAllowed({"GROUP_ICT_STAFF", "SCHOOL_DIRECTOR"})
public class PurchasingView extends LocalizedPage {

    private final SupplierService supplierService;
    private final ContractService contractService;
    private final TenderService tenderService;
    private final PurchaseRequestService requestService;
    private final PurchasingWarningService warningService;
    private final SchoolService schoolService;
    private final boolean groupStaff;
    private final String actor;
    private List<School> schools;
    private Map<UUID, School> schoolsById;
    private List<Contract> contracts;
    private List<PurchaseRequest> requests;
    private LocalDate today;
    private int selectedTab;
    private UUID selectedTender;

    public PurchasingView(SupplierService supplierService, ContractService contractService, TenderService tenderService,
                          PurchaseRequestService requestService, PurchasingWarningService warningService, SchoolService schoolService,
                          AuthenticationContext authentication) {
        this.supplierService = supplierService;
        this.contractService = contractService;
        this.tenderService = tenderService;
        this.requestService = requestService;
        this.warningService = warningService;
        this.schoolService = schoolService;
        this.groupStaff = authentication.hasRole(StaffRole.GROUP_ICT_STAFF.name());
        this.actor = authentication.getAuthenticatedUser(TaakwijzerUser.class).map(TaakwijzerUser::actor).orElse("?");
    }

    @Override
    protected String titleKey() {
        return "purchasing.title";
    }

    @Override
    protected void render() {
        today = warningService.today();
        schools = schoolService.memberSchools();
        schoolsById = schools.stream().collect(Collectors.toMap(School::id, Function.identity()));
        contracts = contractService.contracts();
        requests = requestService.requests();

        H2 title = new H2(getTranslation("purchasing.title"));
        Paragraph intro = new Paragraph(groupStaff ? getTranslation("purchasing.intro.group")
                : getTranslation("purchasing.intro.school", schools.isEmpty() ? "" : schools.getFirst().name()));
        intro.addClassName("tw-intro");
        add(title, intro, warnings());

        TabSheet tabs = new TabSheet();
        tabs.setId("purchasing-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("purchasing.tab.contracts"), contractsTab());
        if (groupStaff) {
            tabs.add(getTranslation("purchasing.tab.tenders"), tendersTab());
        }
        tabs.add(getTranslation("purchasing.tab.requests"), requestsTab());
        if (groupStaff) {
            tabs.add(getTranslation("purchasing.tab.suppliers"), suppliersTab());
        }
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(change -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    /** Builds the page again with what the services say now, on the same tab. */
    private void refresh() {
        removeAll();
        render();
    }

    // ---- warnings

    private Component warnings() {
        List<PurchasingWarning> warnings = warningService.warnings();
        Map<UUID, Contract> byId = contracts.stream().collect(Collectors.toMap(Contract::id, Function.identity()));
        Map<UUID, PurchaseRequest> requestsById = requests.stream().collect(Collectors.toMap(PurchaseRequest::id, Function.identity()));
        Div box = new Div();
        box.setId("purchasing-warnings");
        box.addClassName("tw-warnings");
        H3 heading = new H3(getTranslation("purchasing.warnings.title", warnings.size()));
        box.add(heading);
        if (warnings.isEmpty()) {
            box.addClassName("tw-warnings-none");
            box.add(new Paragraph(getTranslation("purchasing.warnings.none")));
        }
        for (PurchasingWarning warning : warnings) {
            Contract contract = byId.get(warning.contractId());
            String text = switch (warning.kind()) {
                case CONTRACT_ENDING -> getTranslation("purchasing.warning.ending", contract.title(), warning.days(), date(contract.endDate()));
                case CONTRACT_ENDED -> getTranslation("purchasing.warning.ended", contract.title(), date(contract.endDate()));
                case OUTSIDE_CONTRACT -> {
                    PurchaseRequest request = requestsById.get(warning.requestId());
                    yield getTranslation("purchasing.warning.outside", schoolName(warning.schoolId()), request.description(),
                            category(request.category()), contract.title());
                }
            };
            Div line = new Div(VaadinIcon.WARNING.create(), new Span(text));
            line.addClassNames("tw-warning", "tw-warning-" + warning.kind().name().toLowerCase(Locale.ROOT));
            box.add(line);
        }
        return box;
    }

    // ---- contracts

    private Component contractsTab() {
        Div tab = new Div();
        if (groupStaff) {
            Button add = new Button(getTranslation("purchasing.contract.add"), VaadinIcon.PLUS.create(), click -> openContract(null));
            add.setId("contract-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(new Div(add));
        }
        // a director sees the contracts their school joined and those it can still join
        List<Contract> shown = groupStaff ? contracts : contracts.stream()
                .filter(c -> !c.endedBefore(today) || c.joinedBy(ownSchool())).toList();
        Grid<Contract> grid = new Grid<>();
        grid.setId("contract-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::contractTitle).setHeader(getTranslation("purchasing.contract.title")).setFlexGrow(3);
        grid.addColumn(Contract::supplierName).setHeader(getTranslation("purchasing.column.supplier")).setFlexGrow(1);
        grid.addColumn(c -> category(c.category())).setHeader(getTranslation("purchasing.column.category")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("purchasing.procurement." + c.procurement().name()))
                .setHeader(getTranslation("purchasing.column.procurement")).setFlexGrow(1);
        grid.addComponentColumn(this::period).setHeader(getTranslation("purchasing.column.period")).setFlexGrow(1);
        grid.addColumn(this::joined).setHeader(getTranslation(groupStaff ? "purchasing.column.schools" : "purchasing.column.your-school"))
                .setFlexGrow(1).setKey("schools");
        grid.addComponentColumn(this::contractActions).setKey("actions").setFlexGrow(0).setWidth("10em");
        grid.setEmptyStateText(getTranslation("purchasing.contract.empty"));
        grid.setItems(shown);
        tab.add(grid);
        return tab;
    }

    private Component contractTitle(Contract contract) {
        Div cell = new Div(new Span(contract.title()));
        cell.addClassName("tw-cell-stack");
        if (!contract.note().isEmpty()) {
            Span note = new Span(contract.note());
            note.addClassName("tw-secondary");
            cell.add(note);
        }
        for (var document : contract.documents()) {
            Anchor link = new Anchor(document.url(), document.label(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            cell.add(link);
        }
        return cell;
    }

    private Component period(Contract contract) {
        Div cell = new Div(new Span(date(contract.startDate()) + " – " + date(contract.endDate())));
        cell.addClassName("tw-cell-stack");
        String state;
        String style;
        if (contract.endedBefore(today)) {
            state = getTranslation("purchasing.contract.state.ended");
            style = "tw-status-stopped";
        } else if (contract.startDate().isAfter(today)) {
            state = getTranslation("purchasing.contract.state.future");
            style = "tw-state-central";
        } else if (contract.daysLeft(today) <= PurchasingWarnings.ENDING_WITHIN_DAYS) {
            state = getTranslation("purchasing.contract.state.ending", contract.daysLeft(today));
            style = "tw-state-open";
        } else {
            state = getTranslation("purchasing.contract.state.active");
            style = "tw-status-active";
        }
        Span badge = new Span(state);
        badge.addClassNames("tw-badge", style);
        cell.add(badge);
        return cell;
    }

    private String joined(Contract contract) {
        if (!groupStaff) {
            return getTranslation(contract.joinedBy(ownSchool()) ? "purchasing.contract.joined" : "purchasing.contract.not-joined");
        }
        return contract.schoolIds().isEmpty() ? getTranslation("purchasing.contract.no-schools")
                : schools.stream().filter(s -> contract.joinedBy(s.id())).map(School::name).collect(Collectors.joining(", "));
    }

    private Component contractActions(Contract contract) {
        Div actions = new Div();
        actions.addClassName("tw-actions");
        if (groupStaff) {
            actions.add(small(new Button(getTranslation("purchasing.contract.schools"), click -> openMembership(contract)),
                    "contract-schools-" + contract.id()));
            actions.add(small(new Button(getTranslation("action.change"), click -> openContract(contract)), "contract-change-" + contract.id()));
            Button remove = small(new Button(getTranslation("action.remove"), click -> confirm(
                    getTranslation("purchasing.contract.confirm-remove", contract.title()),
                    () -> contractService.remove(contract, actor), "purchasing.contract.removed", contract.title())),
                    "contract-remove-" + contract.id());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        } else if (contract.joinedBy(ownSchool())) {
            Button leave = small(new Button(getTranslation("purchasing.contract.leave"), click -> confirm(
                    getTranslation("purchasing.contract.confirm-leave", contract.title()),
                    () -> contractService.leave(contract.id(), ownSchool(), actor), "purchasing.contract.left", contract.title())),
                    "contract-leave-" + contract.id());
            leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(leave);
        } else if (!contract.endedBefore(today)) {
            Button join = small(new Button(getTranslation("purchasing.contract.join"), VaadinIcon.SIGN_IN.create(),
                    click -> act(() -> contractService.join(contract.id(), ownSchool(), actor), "purchasing.contract.joined-now",
                            contract.title())), "contract-join-" + contract.id());
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(join);
        }
        return actions;
    }

    private void openContract(Contract editing) {
        new ContractDialog(supplierService.suppliers(), editing, input -> {
            Contract saved = editing == null ? contractService.add(input, actor) : contractService.change(editing, input, actor);
            Feedback.saved(this, "purchasing.saved", saved.title());
            refresh();
        }, this::refused).open();
    }

    /** Group ICT staff join or leave a contract for any school of the group: one checkbox per school. */
    private void openMembership(Contract contract) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("membership-dialog");
        dialog.setHeaderTitle(getTranslation("purchasing.contract.schools-title", contract.title()));
        Div boxes = new Div();
        boxes.addClassName("tw-cell-stack");
        for (School school : schools) {
            Checkbox box = new Checkbox(school.name(), contract.joinedBy(school.id()));
            box.setId("membership-" + school.id());
            box.setReadOnly(contract.endedBefore(today) && !contract.joinedBy(school.id()));
            box.addValueChangeListener(change -> {
                try {
                    if (change.getValue()) {
                        contractService.join(contract.id(), school.id(), actor);
                    } else {
                        contractService.leave(contract.id(), school.id(), actor);
                    }
                } catch (InvalidInputException refused) {
                    Feedback.refused(this, refused);
                }
            });
            boxes.add(box);
        }
        dialog.add(boxes);
        Button close = new Button(getTranslation("purchasing.close"), click -> dialog.close());
        close.setId("membership-close");
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    // ---- tenders

    private Component tendersTab() {
        Div tab = new Div();
        Button add = new Button(getTranslation("purchasing.tender.add"), VaadinIcon.PLUS.create(), click -> openTender(null));
        add.setId("tender-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tab.add(new Div(add));
        List<Tender> tenders = tenderService.tenders();
        Grid<Tender> grid = new Grid<>();
        grid.setId("tender-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Tender::subject).setHeader(getTranslation("purchasing.tender.subject")).setFlexGrow(2);
        grid.addColumn(t -> category(t.category())).setHeader(getTranslation("purchasing.column.category")).setFlexGrow(1);
        grid.addColumn(t -> t.criteria().stream().map(c -> c.name() + " " + c.weight()).collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("purchasing.tender.criteria")).setFlexGrow(2);
        grid.addColumn(t -> t.quotes().size()).setHeader(getTranslation("purchasing.tender.quotes")).setFlexGrow(0).setWidth("7em");
        grid.addComponentColumn(t -> badge(getTranslation("purchasing.tender.status." + t.status().name()),
                t.status() == TenderStatus.DECIDED ? "tw-status-active" : "tw-state-open"))
                .setHeader(getTranslation("purchasing.column.status")).setFlexGrow(0).setWidth("8em");
        grid.setEmptyStateText(getTranslation("purchasing.tender.empty"));
        grid.setItems(tenders);
        Optional<Tender> selected = tenders.stream().filter(t -> t.id().equals(selectedTender)).findFirst()
                .or(() -> tenders.stream().findFirst());
        selected.ifPresent(grid::select);
        grid.addSelectionListener(selection -> {
            selectedTender = selection.getFirstSelectedItem().map(Tender::id).orElse(null);
            refresh();
        });
        tab.add(grid);
        selected.ifPresent(tender -> tab.add(comparison(tender)));
        return tab;
    }

    /** The quote comparison of one tender: ranked by weighted result, with the winner marked once decided. */
    private Component comparison(Tender tender) {
        selectedTender = tender.id();
        Div box = new Div();
        box.setId("tender-comparison");
        H3 heading = new H3(getTranslation("purchasing.tender.comparison", tender.subject()));
        Paragraph explain = new Paragraph(getTranslation("purchasing.tender.explain", tender.totalWeight()));
        explain.addClassName("tw-secondary");
        Div toolbar = new Div();
        toolbar.addClassName("tw-actions");
        boolean open = tender.status() == TenderStatus.OPEN;
        if (open) {
            toolbar.add(small(new Button(getTranslation("purchasing.quote.add-button"), VaadinIcon.PLUS.create(),
                    click -> openQuote(tender, null)), "quote-add"));
            toolbar.add(small(new Button(getTranslation("purchasing.tender.change"), click -> openTender(tender)), "tender-change"));
        }
        Button remove = small(new Button(getTranslation("purchasing.tender.remove"), click -> confirm(
                getTranslation("purchasing.tender.confirm-remove", tender.subject()), () -> tenderService.remove(tender, actor),
                "purchasing.tender.removed", tender.subject())), "tender-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        toolbar.add(remove);

        Grid<RankedQuote> grid = new Grid<>();
        grid.setId("quote-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(RankedQuote::rank).setHeader(getTranslation("purchasing.quote.rank")).setFlexGrow(0).setWidth("5em").setKey("rank");
        grid.addComponentColumn(r -> {
            Div cell = new Div(new Span(r.quote().supplierName()));
            cell.addClassName("tw-cell-stack");
            if (r.quote().id().equals(tender.winningQuoteId())) {
                cell.add(badge(getTranslation("purchasing.quote.winner"), "tw-status-active"));
            }
            if (!r.complete()) {
                cell.add(badge(getTranslation("purchasing.quote.incomplete"), "tw-state-open"));
            }
            return cell;
        }).setHeader(getTranslation("purchasing.column.supplier")).setFlexGrow(2).setKey("supplier");
        grid.addColumn(r -> r.quote().amount() == null ? "" : euro(r.quote().amount())).setHeader(getTranslation("purchasing.quote.amount"))
                .setFlexGrow(1);
        for (var criterion : tender.criteria()) {
            grid.addColumn(r -> Optional.ofNullable(r.quote().scores().get(criterion.id())).map(this::number).orElse("–"))
                    .setHeader(criterion.name() + " (" + criterion.weight() + ")").setFlexGrow(1);
        }
        grid.addColumn(r -> number(r.result())).setHeader(getTranslation("purchasing.quote.result")).setFlexGrow(1).setKey("result");
        if (open) {
            grid.addComponentColumn(r -> quoteActions(tender, r.quote())).setKey("actions").setFlexGrow(0).setWidth("14em");
        }
        grid.setEmptyStateText(getTranslation("purchasing.quote.empty"));
        grid.setItems(tender.ranking());
        box.add(heading, explain, toolbar, grid);
        return box;
    }

    private Component quoteActions(Tender tender, Quote quote) {
        Div actions = new Div();
        actions.addClassName("tw-actions");
        actions.add(small(new Button(getTranslation("action.change"), click -> openQuote(tender, quote)), "quote-change-" + quote.id()));
        Button decide = small(new Button(getTranslation("purchasing.quote.decide"), click -> confirm(
                getTranslation("purchasing.quote.confirm-decide", quote.supplierName(), tender.subject()),
                () -> tenderService.decide(tender, quote.id(), actor), "purchasing.quote.decided", quote.supplierName())),
                "quote-decide-" + quote.id());
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(decide);
        Button remove = small(new Button(getTranslation("action.remove"), click -> confirm(
                getTranslation("purchasing.quote.confirm-remove", quote.supplierName()),
                () -> tenderService.removeQuote(tender, quote.id(), actor), "purchasing.quote.removed", quote.supplierName())),
                "quote-remove-" + quote.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(remove);
        return actions;
    }

    private void openTender(Tender editing) {
        new TenderDialog(editing, input -> {
            Tender saved = editing == null ? tenderService.add(input, actor) : tenderService.change(editing, input, actor);
            selectedTender = saved.id();
            Feedback.saved(this, "purchasing.saved", saved.subject());
            refresh();
        }, this::refused).open();
    }

    private void openQuote(Tender tender, Quote editing) {
        new QuoteDialog(tender, supplierService.suppliers(), editing, input -> {
            tenderService.saveQuote(tender, editing == null ? null : editing.id(), input, actor);
            Feedback.saved(this, "purchasing.quote.saved");
            refresh();
        }, this::refused).open();
    }

    // ---- purchase requests

    private Component requestsTab() {
        Div tab = new Div();
        Button add = new Button(getTranslation("purchasing.request.add"), VaadinIcon.PLUS.create(), click -> openRequest());
        add.setId("request-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tab.add(new Div(add));
        Map<UUID, Contract> byId = contracts.stream().collect(Collectors.toMap(Contract::id, Function.identity()));
        Grid<PurchaseRequest> grid = new Grid<>();
        grid.setId("request-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(r -> r.requestedAt().atZoneSameInstant(FlemishTime.ZONE).format(when)).setHeader(getTranslation("purchasing.request.filed"))
                .setFlexGrow(0).setWidth("9em");
        if (groupStaff) {
            grid.addColumn(r -> schoolName(r.schoolId())).setHeader(getTranslation("purchasing.column.school")).setFlexGrow(1);
        }
        grid.addComponentColumn(r -> {
            Div cell = new Div(new Span(r.description()));
            cell.addClassName("tw-cell-stack");
            Contract contract = r.contractId() == null ? null : byId.get(r.contractId());
            Span through = new Span(contract == null ? getTranslation("purchasing.request.without-contract", category(r.category()))
                    : getTranslation("purchasing.request.through", contract.title()));
            through.addClassName("tw-secondary");
            cell.add(through);
            if (r.contractId() == null && r.status() != RequestStatus.REFUSED
                    && PurchasingWarnings.activeContractFor(today, contracts, r.category()).isPresent()) {
                cell.add(badge(getTranslation("purchasing.request.outside"), "tw-state-open"));
            }
            return cell;
        }).setHeader(getTranslation("purchasing.request.description")).setFlexGrow(3).setKey("what");
        grid.addColumn(PurchaseRequest::quantity).setHeader(getTranslation("purchasing.request.quantity")).setFlexGrow(0).setWidth("7em");
        grid.addColumn(r -> euro(r.estimatedCost())).setHeader(getTranslation("purchasing.request.cost")).setFlexGrow(1).setKey("cost");
        grid.addComponentColumn(r -> {
            Div cell = new Div(badge(getTranslation("purchasing.request.status." + r.status().name()), switch (r.status()) {
                case REQUESTED -> "tw-state-open";
                case APPROVED -> "tw-status-active";
                case REFUSED -> "tw-status-stopped";
            }));
            cell.addClassName("tw-cell-stack");
            if (r.refusalReason() != null) {
                Span reason = new Span(r.refusalReason());
                reason.addClassName("tw-secondary");
                cell.add(reason);
            }
            return cell;
        }).setHeader(getTranslation("purchasing.column.status")).setFlexGrow(1).setKey("status");
        if (groupStaff) {
            grid.addComponentColumn(this::requestActions).setKey("actions").setFlexGrow(0).setWidth("12em");
        }
        grid.setEmptyStateText(getTranslation(groupStaff ? "purchasing.request.empty.group" : "purchasing.request.empty.school"));
        grid.setItems(requests);
        tab.add(grid);
        return tab;
    }

    private Component requestActions(PurchaseRequest request) {
        Div actions = new Div();
        actions.addClassName("tw-actions");
        if (request.status() == RequestStatus.REQUESTED) {
            Button approve = small(new Button(getTranslation("purchasing.request.approve"), VaadinIcon.CHECK.create(),
                    click -> act(() -> requestService.approve(request, actor), "purchasing.request.approved", request.description())),
                    "request-approve-" + request.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button refuse = small(new Button(getTranslation("purchasing.request.refuse"), click -> openRefusal(request)),
                    "request-refuse-" + request.id());
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(approve, refuse);
        }
        return actions;
    }

    private void openRequest() {
        new RequestDialog(schools, contracts, today, (school, input) -> {
            PurchaseRequest filed = requestService.file(school, input, actor);
            Feedback.saved(this, "purchasing.request.filed-now", filed.description());
            refresh();
        }, this::refused).open();
    }

    private void openRefusal(PurchaseRequest request) {
        TextArea reason = new TextArea(getTranslation("purchasing.request.reason"));
        reason.setId("refusal-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        FormDialog dialog = new FormDialog("refusal-dialog", getTranslation("purchasing.request.refuse-title", request.description()),
                this::refused) {
            @Override
            void submit() {
                requestService.refuse(request, reason.getValue(), actor);
                Feedback.saved(PurchasingView.this, "purchasing.request.refused", request.description());
                refresh();
            }
        };
        dialog.problemsAt(reason, "purchasing.error.refusal-reason");
        dialog.add(reason);
        dialog.open();
    }

    // ---- suppliers

    private Component suppliersTab() {
        Div tab = new Div();
        Button add = new Button(getTranslation("purchasing.supplier.add"), VaadinIcon.PLUS.create(), click -> openSupplier(null));
        add.setId("supplier-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tab.add(new Div(add));
        Grid<Supplier> grid = new Grid<>();
        grid.setId("supplier-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Supplier::name).setHeader(getTranslation("purchasing.supplier.name")).setFlexGrow(2);
        grid.addColumn(Supplier::enterpriseNumberFormatted).setHeader(getTranslation("purchasing.supplier.number")).setFlexGrow(1);
        grid.addColumn(s -> s.contactEmail() == null ? "" : s.contactEmail()).setHeader(getTranslation("purchasing.supplier.email")).setFlexGrow(1);
        grid.addColumn(Supplier::note).setHeader(getTranslation("purchasing.note")).setFlexGrow(2);
        grid.addComponentColumn(supplier -> {
            Div actions = new Div();
            actions.addClassName("tw-actions");
            actions.add(small(new Button(getTranslation("action.change"), click -> openSupplier(supplier)), "supplier-change-" + supplier.id()));
            Button remove = small(new Button(getTranslation("action.remove"), click -> confirm(
                    getTranslation("purchasing.supplier.confirm-remove", supplier.name()), () -> supplierService.remove(supplier, actor),
                    "purchasing.supplier.removed", supplier.name())), "supplier-remove-" + supplier.id());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(remove);
            return actions;
        }).setKey("actions").setFlexGrow(0).setWidth("10em");
        grid.setEmptyStateText(getTranslation("purchasing.supplier.empty"));
        grid.setItems(supplierService.suppliers());
        tab.add(grid);
        return tab;
    }

    private void openSupplier(Supplier editing) {
        new SupplierDialog(editing, input -> {
            Supplier saved = editing == null ? supplierService.add(input, actor) : supplierService.change(editing, input, actor);
            Feedback.saved(this, "purchasing.saved", saved.name());
            refresh();
        }, this::refused).open();
    }

    // ---- small helpers

    private UUID ownSchool() {
        return schools.isEmpty() ? null : schools.getFirst().id();
    }

    private String schoolName(UUID schoolId) {
        School school = schoolsById.get(schoolId);
        return school == null ? "" : school.name();
    }

    private String category(be.taakwijzer.purchasing.PurchaseCategory category) {
        return getTranslation("purchasing.category." + category.name());
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    private String euro(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.of(getLocale().getLanguage(), "BE"));
        return format.format(amount);
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(value.scale() >= 2 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static Span badge(String text, String style) {
        Span badge = new Span(text);
        badge.addClassNames("tw-badge", style);
        return badge;
    }

    private static Button small(Button button, String id) {
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refused(InvalidInputException refused) {
        Feedback.refused(this, refused);
        refresh();
    }

    /** Does it, tells what happened, shows the page as it is now. */
    private void act(Runnable action, String savedKey, Object... arguments) {
        try {
            action.run();
            Feedback.saved(this, savedKey, arguments);
        } catch (InvalidInputException refused) {
            Feedback.refused(this, refused);
        }
        refresh();
    }

    private void confirm(String question, Runnable action, String savedKey, Object... arguments) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("purchasing-confirm");
        dialog.setHeader(getTranslation("confirm.title"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmText(getTranslation("confirm.ok"));
        dialog.addConfirmListener(confirmed -> act(action, savedKey, arguments));
        dialog.open();
    }
}
