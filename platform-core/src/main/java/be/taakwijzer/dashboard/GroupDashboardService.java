package be.taakwijzer.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.dashboard.GroupDashboard.PersonOverHours;
import be.taakwijzer.dashboard.GroupDashboard.SchoolFigures;
import be.taakwijzer.dashboard.GroupDashboardRepository.Figure;
import be.taakwijzer.tenancy.Roles;
import be.taakwijzer.tenancy.SchoolRepository;

/** The group dashboard's figures, for the group's ICT staff; row-level security keeps them to the own group. */
@Service
public class GroupDashboardService {

    private final GroupDashboardRepository figures;
    private final SchoolRepository schools;

    GroupDashboardService(GroupDashboardRepository figures, SchoolRepository schools) {
        this.figures = figures;
        this.schools = schools;
    }

    @PreAuthorize(Roles.GROUP_ICT_STAFF)
    @Transactional(readOnly = true)
    public GroupDashboard dashboard(SchoolYear year) {
        int taskCount = 0;
        Optional<SchoolYear> previousYear = Optional.empty();
        Map<Integer, Map<UUID, SchoolFiguresBuilder>> byYear = new HashMap<>();
        List<PersonOverHours> overHours = new ArrayList<>();
        for (Figure figure : figures.figures(year)) {
            switch (figure.metric()) {
                case TASK_COUNT -> taskCount = figure.value().intValue();
                case PREVIOUS_YEAR -> previousYear = Optional.of(new SchoolYear(figure.startYear()));
                case OVER_HOURS -> overHours.add(new PersonOverHours(figure.schoolId(), figure.personId(), figure.personName(),
                        figure.key(), figure.value(), figure.available()));
                default -> byYear.computeIfAbsent(figure.startYear(), y -> new HashMap<>())
                        .computeIfAbsent(figure.schoolId(), id -> new SchoolFiguresBuilder()).add(figure);
            }
        }
        Map<UUID, SchoolFiguresBuilder> overHoursCounted = byYear.computeIfAbsent(year.startYear(), y -> new HashMap<>());
        overHours.forEach(person -> overHoursCounted.computeIfAbsent(person.schoolId(), id -> new SchoolFiguresBuilder())
                .warnings.merge(WarningKind.PERSON_OVER_HOURS, 1L, Long::sum));
        overHours.sort(Comparator.comparing(PersonOverHours::excess).reversed());
        return new GroupDashboard(year, taskCount, schools.findAll(), built(byYear.get(year.startYear())), previousYear,
                built(byYear.getOrDefault(year.startYear() - 1, Map.of())), overHours);
    }

    private static Map<UUID, SchoolFigures> built(Map<UUID, SchoolFiguresBuilder> builders) {
        Map<UUID, SchoolFigures> built = new HashMap<>();
        builders.forEach((school, builder) -> built.put(school, builder.build()));
        return built;
    }

    /** Collects one school's figures of one year from the rows of the figures statement. */
    private static final class SchoolFiguresBuilder {
        private int central;
        private int allocated;
        private final Map<String, BigDecimal> clusterHours = new HashMap<>();
        private final Map<String, BigDecimal> fundingHours = new HashMap<>();
        private final Map<WarningKind, Long> warnings = new EnumMap<>(WarningKind.class);
        private final Set<String> clustersOnOnePerson = new HashSet<>();

        void add(Figure figure) {
            switch (figure.metric()) {
                case CENTRAL -> central = figure.value().intValue();
                case ALLOCATED -> allocated = figure.value().intValue();
                case CLUSTER_HOURS -> clusterHours.put(figure.key(), figure.value());
                case FUNDING_HOURS -> fundingHours.put(figure.key(), figure.value());
                case OPEN_CORE -> warnings.put(WarningKind.CORE_TASK_WITHOUT_ANYONE, figure.value().longValue());
                case MISSING_COMPETENCE -> warnings.put(WarningKind.MISSING_COMPETENCE, figure.value().longValue());
                case SPECIALISATION_TO_NON_TECHNICAL_ROLE ->
                        warnings.put(WarningKind.SPECIALISATION_TO_NON_TECHNICAL_ROLE, figure.value().longValue());
                case CLUSTER_ON_ONE_PERSON -> {
                    clustersOnOnePerson.add(figure.key());
                    warnings.merge(WarningKind.CLUSTER_ON_ONE_PERSON, 1L, Long::sum);
                }
                default -> throw new IllegalArgumentException("Not a school's figure: " + figure.metric());
            }
        }

        SchoolFigures build() {
            return new SchoolFigures(central, allocated, clusterHours, fundingHours, warnings, clustersOnOnePerson);
        }
    }
}
