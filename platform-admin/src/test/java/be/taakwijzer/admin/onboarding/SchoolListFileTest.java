package be.taakwijzer.admin.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.taakwijzer.tenancy.EducationLevel;

/** Reading the official school list without the database: every accepted variant and every bad input. */
class SchoolListFileTest {

    static final String OFFICIAL_HEADER = "instelling_nummer;instelling_naam;instelling_straat;instelling_huisnummer;instelling_postcode;"
            + "instelling_gemeente;instelling_niveau;instelling_net;instelling_koepel;instelling_bestuur;instelling_scholengemeenschap;"
            + "aantal_leerlingen;instelling_status_erkenning";

    @Test
    void readsTheDepartmentsOwnExport() {
        SchoolListFile file = parse(OFFICIAL_HEADER + "\n"
                + "44693;Basisschool De Fictieve Vlinder;Verzonnenstraat;12;9999;Fantasiegem;Basisonderwijs;Gesubsidieerd vrij onderwijs;"
                + "Testkoepel;950001;SG Denkbeeld;312;Erkend\n");

        assertThat(file.separator()).isEqualTo(';');
        assertThat(file.lines()).singleElement().satisfies(line -> {
            assertThat(line.isValid()).isTrue();
            assertThat(line.lineNumber()).isEqualTo(2);
            ListedSchool school = line.school();
            assertThat(school.instellingsnummer().value()).isEqualTo("044693");
            assertThat(school.name()).isEqualTo("Basisschool De Fictieve Vlinder");
            assertThat(school.street()).isEqualTo("Verzonnenstraat 12");
            assertThat(school.postalCode()).isEqualTo("9999");
            assertThat(school.municipality()).isEqualTo("Fantasiegem");
            assertThat(school.educationLevel()).isEqualTo(EducationLevel.BASIS);
            assertThat(school.network()).isEqualTo("Gesubsidieerd vrij onderwijs");
            assertThat(school.umbrella()).isEqualTo("Testkoepel");
            assertThat(school.board().value()).isEqualTo("950001");
            assertThat(school.schoolCommunity()).isEqualTo("SG Denkbeeld");
            assertThat(school.pupilCount()).isEqualTo(312);
            assertThat(school.recognitionStatus()).isEqualTo("Erkend");
        });
    }

    @ParameterizedTest
    @CsvSource(value = {"E, true", "e, true", "Erkend, true", "ERKEND , true", "Voorlopig erkend, true", "Definitief erkend, true",
            "'', true", "S, false", "I, false", "W, false", "X, false", "Opgeheven, false", "Niet erkend, false", "In oprichting, false"})
    void recognisedAreTheCodeEAndWhatSaysErkend(String status, boolean recognised) {
        SchoolListFile file = parse(header() + ";instelling_status_erkenning\n1;School;Laan;9999;Gem;basis;K;950001;" + status + "\n");

        assertThat(file.lines().getFirst().isSkipped()).isEqualTo(!recognised);
    }

    @Test
    void aDepartmentFieldIsNullWithoutItsColumnAndEmptyWhenBlank() {
        SchoolListFile file = parse(header() + ";scholengemeenschap\n1;School;Laan;9999;Gem;basis;K;950001;\n");

        ListedSchool school = file.lines().getFirst().school();
        assertThat(school.schoolCommunity()).as("the column is there, blank: clears what is stored").isEmpty();
        assertThat(school.network()).as("no such column: what is stored stays").isNull();
        assertThat(ListedSchool.over(school.schoolCommunity(), "SG Oud")).isNull();
        assertThat(ListedSchool.over(school.network(), "GO!")).isEqualTo("GO!");
    }

    @Test
    void acceptsHeaderVariantsCommasAndAnyOrder() {
        SchoolListFile file = parse("Naam,Instellingsnummer, POSTCODE ,Gemeente,Straat,Onderwijsniveau,Net,Scholengroep,Extra kolom\n"
                + "\"Atheneum Denkbeeld, campus Zuid\",1234,9998,Nergensdorp,Droomlaan 3,Secundair onderwijs,GO!,950002,x\n");

        assertThat(file.separator()).isEqualTo(',');
        ListedSchool school = file.lines().getFirst().school();
        assertThat(school.name()).isEqualTo("Atheneum Denkbeeld, campus Zuid");
        assertThat(school.instellingsnummer().value()).isEqualTo("001234");
        assertThat(school.street()).isEqualTo("Droomlaan 3");
        assertThat(school.educationLevel()).isEqualTo(EducationLevel.SECUNDAIR);
        assertThat(school.board().value()).isEqualTo("950002");
        assertThat(school.pupilCount()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"nummer", "Instelling_Nummer", "INSTELLINGSNUMMER", "instelling nummer", "Instellingsnr"})
    void theNumberColumnHasManyNames(String header) {
        SchoolListFile file = parse(header + ";naam;straat;postcode;gemeente;niveau;koepel;bestuur\n7;Testschool;Laan 1;9999;Gem;basis;K;950001\n");

        assertThat(file.lines().getFirst().school().instellingsnummer().value()).isEqualTo("000007");
    }

    @ParameterizedTest
    @CsvSource({
            "Basisonderwijs, BASIS", "Gewoon basisonderwijs, BASIS", "gewoon lager onderwijs, BASIS",
            "Secundair onderwijs, SECUNDAIR", "Gewoon secundair onderwijs, SECUNDAIR",
            "Buitengewoon basisonderwijs, BUITENGEWOON_BASIS", "Buitengewoon secundair onderwijs, BUITENGEWOON_SECUNDAIR",
            "Volwassenenonderwijs, VOLWASSENEN", "Centrum voor volwassenenonderwijs, VOLWASSENEN",
            "Deeltijds kunstonderwijs, DEELTIJDS_KUNST", "DKO, DEELTIJDS_KUNST", "BUITENGEWOON_SECUNDAIR, BUITENGEWOON_SECUNDAIR"})
    void mapsTheDepartmentsLevelNames(String name, EducationLevel level) {
        assertThat(EducationLevelNames.forName(name)).contains(level);
    }

    @Test
    void buitengewoonAloneIsNoLevel() {
        SchoolListLine line = parse(header() + "\n1;Testschool;Laan 1;9999;Gem;Buitengewoon;K;950001\n").lines().getFirst();

        assertThat(line.isValid()).isFalse();
        assertThat(keys(line)).containsExactly("import.line.levelUnknown");
    }

    @Test
    void readsWindows1252AndUtf8WithOrWithoutByteOrderMark() {
        String csv = header() + "\n1;Ecole Élève Ærø;Laan 1;9999;Hérent;basis;K;950001\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        for (byte[] content : List.of(csv.getBytes(StandardCharsets.UTF_8), concat(bom, csv.getBytes(StandardCharsets.UTF_8)),
                csv.getBytes(DecodedText.WINDOWS_1252))) {
            SchoolListFile file = SchoolListFile.parse(content, ImportProgress.NONE);
            assertThat(file.lines().getFirst().school().name()).isEqualTo("Ecole Élève Ærø");
            assertThat(file.lines().getFirst().school().municipality()).isEqualTo("Hérent");
        }
        assertThat(SchoolListFile.parse(csv.getBytes(DecodedText.WINDOWS_1252), ImportProgress.NONE).charset()).isEqualTo(DecodedText.WINDOWS_1252);
    }

    @Test
    void aLineWithBytesValidInNeitherEncodingIsAnError() {
        // UTF-8 elsewhere in the file, a lone continuation byte on line 3
        byte[] content = concat((header() + "\n1;Éénschool;Laan 1;9999;Gem;basis;K;950001\n2;Twee").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x80}, ";Laan 2;9999;Gem;basis;K;950001\n".getBytes(StandardCharsets.UTF_8));

        SchoolListFile file = SchoolListFile.parse(content, ImportProgress.NONE);

        assertThat(file.lines().get(0).isValid()).isTrue();
        assertThat(keys(file.lines().get(1))).containsExactly("import.line.badEncoding");
    }

    @Test
    void anUndefinedWindows1252ByteIsAnErrorToo() {
        byte[] content = concat((header() + "\n1;School").getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81},
                ";Laan 1;9999;Gem;basis;K;950001\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(keys(SchoolListFile.parse(content, ImportProgress.NONE).lines().getFirst())).containsExactly("import.line.badEncoding");
    }

    @Test
    void controlCharactersAreAnError() {
        SchoolListLine line = parse(header() + "\n1;Test\u0000school;Laan 1;9999;Gem;basis;K;950001\n").lines().getFirst();

        assertThat(keys(line)).containsExactly("import.line.controlCharacter");
    }

    @Test
    void aWrongHeaderNamesWhatIsMissingAndWhatWasFound() {
        assertThatThrownBy(() -> parse("nummer;titel;postcode\n1;x;9999\n"))
                .isInstanceOfSatisfying(SchoolListRejectedException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.key()).isEqualTo("import.file.missingColumns");
                        assertThat(problem.arguments().get(0).toString())
                                .contains("instelling_naam", "instelling_straat", "instelling_gemeente", "instelling_niveau",
                                        "instelling_bestuur", "instelling_net / instelling_koepel")
                                .doesNotContain("instelling_postcode");
                        assertThat(problem.arguments().get(1)).isEqualTo("nummer | titel | postcode");
                    });
                });
    }

    @Test
    void aColumnGivenTwiceIsRejected() {
        assertThatThrownBy(() -> parse(header() + ";instellingsnummer\n1;School;Laan;9999;Gem;basis;K;950001;1\n"))
                .isInstanceOfSatisfying(SchoolListRejectedException.class,
                        e -> assertThat(e.problems()).extracting(ImportMessage::key).containsExactly("import.file.columnTwice"));
    }

    @Test
    void anEmptyFileOrOnlyAHeaderIsRejected() {
        assertThat(rejection(new byte[0])).isEqualTo("import.file.empty");
        assertThat(rejection(" \r\n\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.empty");
        assertThat(rejection(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEqualTo("import.file.empty");
        assertThat(rejection((header() + "\n\n").getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.noLines");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeItIsRead() {
        InputStream neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read although the declared size is over the limit");
            }
        };
        assertThatThrownBy(() -> SchoolListFile.read(neverRead, SchoolListFile.MAX_BYTES + 1L, ImportProgress.NONE))
                .isInstanceOfSatisfying(SchoolListRejectedException.class, e -> assertThat(e.problems().getFirst())
                        .isEqualTo(ImportMessage.of("import.file.tooLarge", 20)));
    }

    @Test
    void aFileThatIsLargerThanItsDeclaredSizeIsStillRefused() {
        byte[] large = new byte[SchoolListFile.MAX_BYTES + 10];
        assertThatThrownBy(() -> SchoolListFile.read(new ByteArrayInputStream(large), 100, ImportProgress.NONE))
                .isInstanceOfSatisfying(SchoolListRejectedException.class,
                        e -> assertThat(e.problems().getFirst().key()).isEqualTo("import.file.tooLarge"));
    }

    @Test
    void utf16IsRejectedWithAHint() {
        assertThat(rejection(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, header().getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("import.file.utf16");
    }

    @Test
    void anUnclosedQuoteRejectsTheFileWithItsLine() {
        assertThatThrownBy(() -> parse(header() + "\n1;\"School;Laan;9999;Gem;basis;K;950001\n"))
                .isInstanceOfSatisfying(SchoolListRejectedException.class,
                        e -> assertThat(e.problems().getFirst().key()).isEqualTo("import.file.unreadableQuotes"));
    }

    @Test
    void duplicateNumbersAreAnErrorOnEveryDuplicateLine() {
        SchoolListFile file = parse(header() + "\n"
                + "44693;School A;Laan 1;9999;Gem;basis;K;950001\n"
                + "2;School B;Laan 2;9999;Gem;basis;K;950001\n"
                + "044693;School C;Laan 3;9999;Gem;basis;K;950001\n");

        assertThat(file.lines().get(1).isValid()).isTrue();
        for (SchoolListLine line : List.of(file.lines().get(0), file.lines().get(2))) {
            assertThat(line.isValid()).isFalse();
            assertThat(line.problems()).containsExactly(ImportMessage.of("import.line.duplicate", "044693", "2, 4"));
        }
    }

    @Test
    void everyFieldProblemOfALineIsReported() {
        SchoolListLine line = parse(header() + ";aantal_leerlingen\n1234567;;Laan;99;Gem;kleuterklas;K;abc;-3\n").lines().getFirst();

        assertThat(keys(line)).containsExactlyInAnyOrder("import.line.numberInvalid", "import.line.nameMissing",
                "import.line.postalCodeInvalid", "import.line.levelUnknown", "import.line.boardInvalid", "import.line.pupilCountInvalid");
    }

    @Test
    void aLineWithTooFewOrTooManyFieldsIsAnError() {
        SchoolListFile file = parse(header() + "\n1;School;Laan;9999;Gem;basis;K\n2;School;Laan;9999;Gem;basis;K;950001;extra\n");

        assertThat(file.lines()).allSatisfy(line -> assertThat(keys(line)).containsExactly("import.line.fieldCount"));
    }

    @Test
    void schoolsThatAreNotRecognisedAreSkipped() {
        SchoolListFile file = parse(header() + ";instelling_status_erkenning\n"
                + "1;School;Laan;9999;Gem;basis;K;950001;Erkend\n"
                + "2;Oude school;Laan;;Gem;basis;K;950001;Opgeheven\n");

        assertThat(file.lines().get(0).isValid()).isTrue();
        assertThat(file.lines().get(1).isSkipped()).isTrue();
        assertThat(file.lines().get(1).skipReason()).isEqualTo(ImportMessage.of("import.line.notRecognised", "Opgeheven"));
    }

    @Test
    void reportsProgressForLargeFiles() {
        StringBuilder csv = new StringBuilder(header()).append('\n');
        for (int i = 1; i <= 1200; i++) {
            csv.append(i).append(";School ").append(i).append(";Laan;9999;Gem;basis;K;950001\n");
        }
        List<Integer> reported = new java.util.ArrayList<>();
        SchoolListFile.parse(csv.toString().getBytes(StandardCharsets.UTF_8), (done, total) -> reported.add(done));

        assertThat(reported).containsExactly(500, 1000, 1200);
    }

    static String header() {
        return "instellingsnummer;naam;straat;postcode;gemeente;niveau;koepel;bestuur";
    }

    private static SchoolListFile parse(String csv) {
        return SchoolListFile.parse(csv.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    private static String rejection(byte[] content) {
        try {
            SchoolListFile.parse(content, ImportProgress.NONE);
            throw new AssertionError("accepted");
        } catch (SchoolListRejectedException e) {
            return e.problems().getFirst().key();
        }
    }

    private static List<String> keys(SchoolListLine line) {
        return line.problems().stream().map(ImportMessage::key).toList();
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
