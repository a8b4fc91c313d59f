package org.nashra.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.nashra.document.DocumentOptions;
import org.nashra.document.InvalidLogoException;
import org.nashra.document.Logo;
import org.nashra.render.pdf.EmptyBulletinException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nashra render}: texts or bulletin JSON to {@code DIR/NAME.pdf} and {@code DIR/NAME.html}.
 * A text is printed as the bulletin read from it (masthead, headline, facts panel, the parts with
 * content) followed by the text in full; a JSON bulletin, which has no text, as the same without it.
 * A bulletin with nothing to print fails its input. HTML is a self-contained page; {@code --engine html}
 * prints that page to PDF through openhtmltopdf instead of drawing it directly.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = NashraCommand.Version.class,
        footer = {"", NashraCommand.EXIT_STATUS, "", NashraCommand.LIMITS},
        description = {"Prints bulletins as right-to-left PDF and HTML: DIR/NAME.pdf, DIR/NAME.html.",
            "A text prints as the bulletin read from it (masthead, headline, facts, attendees, resolutions, greetings…)"
                    + " followed by the text in full; a JSON bulletin prints the same without the full text.",
            "HTML is one self-contained page (fonts and logo inside); --engine html prints that page to PDF through "
                    + "openhtmltopdf.",
            "Warnings (a character no font has, drawn as a replacement) go to standard error."})
final class RenderCommand implements Callable<Integer> {
    private static final float MAX_MARGINS = 60;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "What to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "The directory to write to, created if needed (default: the current one).")
    private Path out;

    @Option(names = "--page", paramLabel = "PAGE", defaultValue = "a4",
            description = "Paper size: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private RenderSettings.Page page;

    @Option(names = "--digits", paramLabel = "DIGITS", defaultValue = "latin",
            description = "Digits of numbers: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private RenderSettings.Digits digits;

    @Option(names = "--date", paramLabel = "INSTANT",
            description = {"The creation date written in PDFs, as 2026-12-01T09:00:00Z (default: none).",
                "Either way a PDF is the same bytes for the same input and options."})
    private Instant date;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "direct",
            description = {"PDF engine: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                "direct draws on PDFBox, shaping with HarfBuzz; html prints the HTML bulletin through openhtmltopdf."})
    private Engine engine;

    @Option(names = "--margins", paramLabel = "MM", defaultValue = "20",
            description = "PDF page margins all round, in millimetres, 0 to 60 (default: ${DEFAULT-VALUE}).")
    private float margins;

    @Option(names = "--accent", paramLabel = "RRGGBB",
            description = "Accent colour, as hexadecimal RGB: the PDF's rules and table header bands, the HTML's "
                    + "headings and rules (default: 8A1C1C).")
    private String accent;

    @Option(names = "--logo", paramLabel = "FILE",
            description = {"The organisation's logo, a PNG or JPEG (RGB or grey, up to 4 MiB and 4096 pixels a side), "
                    + "centred at the head of the masthead of every PDF and HTML page.", "Needs --logo-alt."})
    private Path logo;

    @Option(names = "--logo-alt", paramLabel = "TEXT",
            description = "What the logo shows, for readers who cannot see it (its Alt text), e.g. the organisation's name.")
    private String logoAlt;

    @Option(names = "--author", paramLabel = "TEXT",
            description = "The author written in each PDF's and HTML page's metadata (default: none).")
    private String author;

    @Option(names = "--subject", paramLabel = "TEXT",
            description = "The subject written in the metadata: the PDF's Subject, the HTML description (default: none).")
    private String subject;

    @Option(names = "--keywords", paramLabel = "LIST",
            description = "Keywords written in the metadata, separated by commas (default: none).")
    private String keywords;

    @Option(names = "--combine", paramLabel = "FILE",
            description = {"Writes one PDF of all inputs to FILE instead of one file each: a cover with the "
                    + "contents (linked page numbers), each bulletin from a new page, bookmarks.",
                "Needs --format pdf and --engine direct; --out is not used. Written only when every input is read."})
    private Path combine;

    @Option(names = "--combine-title", paramLabel = "TEXT", defaultValue = "نشرات",
            description = "The title on the cover of --combine (default: ${DEFAULT-VALUE}).")
    private String combineTitle;

    @Mixin
    private DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A UTF-8 text file (.txt), a bulletin JSON file (.json) as parse writes it, "
                    + "or - for a text on standard input.")
    private List<String> arguments;

    private final InputLoader loader;
    private final Renderers renderers;

    RenderCommand(InputStream stdin, Renderers renderers) {
        this.loader = new InputLoader(stdin);
        this.renderers = renderers;
    }

    @Override
    public Integer call() {
        List<Input> inputs = Input.of(arguments, spec);
        RenderSettings settings = new RenderSettings(page, document(), Optional.ofNullable(date), margins);
        if (!(margins >= 0 && margins <= MAX_MARGINS)) {
            // up to 60 mm leaves more than an inch of text across an A5 page, as the renderer requires
            throw new ParameterException(spec.commandLine(), "--margins must be between 0 and " + MAX_MARGINS
                    + " mm: " + margins);
        }
        if (combine != null) {
            return combine(inputs, settings);
        }
        Input.requireDistinctBaseNames(inputs, spec);
        Optional<OutputDirectory> created = OutputDirectory.create(out, spec.commandLine().getErr());
        if (created.isEmpty()) {
            return ExitStatus.FAILED;
        }
        List<Target> targets = format.targets(engine);
        Feedback feedback = Feedback.forInputs(spec.commandLine().getErr(), inputs.size(), debug.enabled());
        try (OutputDirectory directory = created.get()) {
            boolean allDone = Batch.run(inputs, input -> render(input, targets, settings, directory),
                    done -> done.warnings().forEach(warning -> feedback.warned(done.input(), warning)), feedback);
            return ExitStatus.of(allDone);
        }
    }

    /**
     * {@code --combine FILE}: every input read (in parallel), then one collection written atomically;
     * nothing is written when an input fails, since a collection missing a bulletin would look whole.
     */
    private int combine(List<Input> inputs, RenderSettings settings) {
        if (format != Format.PDF || engine != Engine.DIRECT) {
            throw new ParameterException(spec.commandLine(), "--combine writes one PDF: it needs --format pdf and "
                    + "--engine direct");
        }
        if (combineTitle.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--combine-title is blank");
        }
        Input file = new Input(combine.toString());
        Path parent = combine.toAbsolutePath().getParent();
        if (combine.getFileName() == null || parent == null) {
            throw new ParameterException(spec.commandLine(), "--combine needs a file name: " + file.displayName());
        }
        PrintWriter err = spec.commandLine().getErr();
        Feedback feedback = Feedback.forInputs(err, inputs.size(), debug.enabled());
        List<Document> documents = new ArrayList<>();
        if (!Batch.run(inputs, loader::document, documents::add, feedback)) {
            err.println(file.displayName() + ": not written, since an input failed");
            return ExitStatus.FAILED;
        }
        Optional<OutputDirectory> created = OutputDirectory.create(parent, err);
        if (created.isEmpty()) {
            return ExitStatus.FAILED;
        }
        Feedback result = Feedback.forInputs(err, 1, debug.enabled());
        List<String> warnings = new ArrayList<>();
        try (OutputDirectory directory = created.get()) {
            boolean done = Batch.run(List.of(file), input -> {
                try {
                    directory.write(combine.getFileName().toString(),
                            stream -> warnings.addAll(new DirectPdf().combine(combineTitle, documents, settings, stream)));
                } catch (EmptyBulletinException e) {
                    throw new InputException(e.getMessage(), e);
                }
                return input;
            }, input -> warnings.forEach(w -> result.warned(input, w)), result);
            return ExitStatus.of(done);
        }
    }

    /**
     * What every renderer shows and writes about the document: {@code --digits}, {@code --logo},
     * {@code --accent}, {@code --author}, {@code --subject}, {@code --keywords}. A logo that cannot be used is bad usage:
     * nothing is rendered.
     */
    private DocumentOptions document() {
        DocumentOptions.Builder builder = DocumentOptions.builder().numerals(digits.numerals());
        if (logo == null && logoAlt != null) {
            throw new ParameterException(spec.commandLine(), "--logo-alt needs --logo FILE");
        }
        if (logo != null) {
            if (logoAlt == null || logoAlt.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--logo needs --logo-alt TEXT: what the logo shows, "
                        + "for readers who cannot see it");
            }
            try {
                builder.logo(Logo.read(logo, logoAlt));
            } catch (InvalidLogoException e) {
                throw new ParameterException(spec.commandLine(), "--logo " + OneLine.text(e.getMessage()));
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "--logo " + OneLine.text(logo.toString()) + ": "
                        + Reasons.of(e));
            }
        }
        if (accent != null) {
            builder.accent(accent());
        }
        if (keywords != null) {
            builder.keywords(Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList());
        }
        try {
            return builder.author(author).subject(subject).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--author and --subject may not be blank");
        }
    }

    /** The {@code --accent} colour, {@code 0xRRGGBB}. */
    private int accent() {
        if (!accent.matches("#?[0-9A-Fa-f]{6}")) {
            throw new ParameterException(spec.commandLine(), "--accent must be six hexadecimal digits (RRGGBB): "
                    + OneLine.text(accent));
        }
        return Integer.parseInt(accent.replace("#", ""), 16);
    }

    /** An input rendered, and what its renderers warned about. */
    private record Rendered(Input input, List<String> warnings) {
    }

    private Rendered render(Input input, List<Target> targets, RenderSettings settings, OutputDirectory directory)
            throws InputException {
        Document document = loader.document(input);
        // every renderer is found before anything is written, so an input fails whole, not half-rendered
        Map<Target, Renderer> chosen = new LinkedHashMap<>();
        for (Target target : targets) {
            chosen.put(target, renderers.find(target).orElseThrow(
                    () -> new InputException(target.description() + " is not available in this build")));
        }
        Set<String> warnings = new LinkedHashSet<>();
        try {
            for (Map.Entry<Target, Renderer> pass : chosen.entrySet()) {
                directory.write(input, pass.getKey().extension(),
                        stream -> warnings.addAll(pass.getValue().render(document, settings, stream)));
            }
        } catch (EmptyBulletinException e) {
            throw new InputException(e.getMessage(), e);
        }
        return new Rendered(input, List.copyOf(warnings));
    }

    /** The {@code --format} choices. */
    enum Format {
        PDF, HTML, ALL;

        List<Target> targets(Engine engine) {
            return switch (this) {
                case PDF -> List.of(engine.pdf());
                case HTML -> List.of(Target.HTML);
                case ALL -> List.of(engine.pdf(), Target.HTML);
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The {@code --engine} choices: how a PDF is made. */
    enum Engine {
        DIRECT, HTML;

        Target pdf() {
            return this == DIRECT ? Target.PDF_DIRECT : Target.PDF_THROUGH_HTML;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
