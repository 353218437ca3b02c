package be.taakwijzer.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the task bullets straight from the text of the guide, independently of the catalogue, so that
 * a test can prove the catalogue holds every one of them. Section 1 lists the themes per cluster;
 * section 3 lists the central tasks (inside an HTML table cell, after "○"), the core tasks and the
 * tasks others can take (markdown bullets), besides competences and takers, which are not tasks.
 */
final class GuideParser {

    private static final Map<String, String> SECTION_1_HEADERS = Map.of(
            "technische taken", "TECHNISCH",
            "pedagogisch- didactische taken", "PEDAGOGISCH",
            "administratieve taken", "ADMINISTRATIEF",
            "beleid en visie", "BELEID");

    private GuideParser() {
    }

    static List<GuideBullet> bullets(String guide) {
        List<GuideBullet> bullets = new ArrayList<>();
        bullets.addAll(sectionOne(between(guide, "De kern van het takenprofiel", "Per cluster zijn er")));
        bullets.addAll(sectionThree(between(guide, "3. Geef je beleid vorm", "4. Verdiep je kennis")));
        return bullets;
    }

    private static List<GuideBullet> sectionOne(String text) {
        List<GuideBullet> bullets = new ArrayList<>();
        String cluster = null;
        String pending = "";
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (SECTION_1_HEADERS.containsKey(line)) {
                cluster = SECTION_1_HEADERS.get(line);
                continue;
            }
            if (cluster == null) {
                continue;
            }
            // "opvolgen bestellingen en" continues on the next line
            if (line.endsWith(" en")) {
                pending = line + " ";
                continue;
            }
            bullets.add(new GuideBullet(1, cluster, null, pending + line));
            pending = "";
        }
        return bullets;
    }

    private static List<GuideBullet> sectionThree(String text) {
        List<GuideBullet> bullets = new ArrayList<>();
        String cluster = null;
        String level = null;
        boolean competences = false;
        for (String raw : text.split("\n")) {
            if (raw.contains("<ul")) {
                bullets.addAll(tableCell(raw));
                continue;
            }
            String line = raw.strip();
            if (line.startsWith("- **Wie in je ICT-team neemt") || line.startsWith("- **Wie kan andere")) {
                cluster = clusterIn(line);
                level = line.startsWith("- **Wie kan andere") ? "ANDEREN" : "KERNTAAK";
                competences = false;
            } else if (line.startsWith("- ✓")) {
                competences = true;
            } else if (line.startsWith("- ") && !competences && cluster != null) {
                String item = line.substring(2).strip();
                boolean taker = "ANDEREN".equals(level) && !item.matches(".*([,;.]|\\.\\.\\.)$");
                if (!item.equals("...") && !taker) {
                    bullets.add(new GuideBullet(3, cluster, level, item));
                }
            }
        }
        return bullets;
    }

    /** The table row's cell: "• question" lines name the cluster, "○ item" fragments are tasks. */
    private static List<GuideBullet> tableCell(String row) {
        String level = row.startsWith("Voorzie ICT-coördinatietaken op centraal niveau") ? "CENTRAAL" : "KERNTAAK";
        List<GuideBullet> bullets = new ArrayList<>();
        String cluster = null;
        for (String question : row.split("•")) {
            String[] parts = question.split("○");
            String found = clusterIn(parts[0]);
            cluster = found != null ? found : cluster;
            for (int i = 1; i < parts.length; i++) {
                bullets.add(new GuideBullet(3, cluster, level, parts[i].replaceAll("<[^>]*>", "").strip()));
            }
        }
        return bullets;
    }

    private static String clusterIn(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("TECHNISCHE")) {
            return "TECHNISCH";
        }
        if (upper.contains("PEDAGOGISCHE")) {
            return "PEDAGOGISCH";
        }
        if (upper.contains("BELEID EN VISIE")) {
            return "BELEID";
        }
        if (upper.contains("ADMINISTRATIEVE")) {
            return "ADMINISTRATIEF";
        }
        return null;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from);
        if (from < 0 || to < 0) {
            throw new IllegalStateException("The guide no longer has '" + start + "' before '" + end + "'");
        }
        return text.substring(from, to);
    }
}
