package org.handout.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.DiagnosticException;
import org.handout.diagnostic.Place;
import org.handout.model.Brand;
import org.handout.model.Leaflet;
import org.handout.model.Position;

/**
 * Renders leaflets through FreeMarker templates: the project's {@code templates/NAME/page.ftlh} if
 * it has one, else the built-in template of that name. One engine serves a whole batch and is
 * thread-safe. The configuration is locked down (HTML auto-escaping, no {@code ?new} or {@code ?api},
 * templates only from those two places) because templates get content that nobody checked. Each run
 * is bounded by {@link TemplateLimits}; a template that runs into one fails the other leaflets of the
 * build at once, with the same message, instead of running away again for each of them.
 */
public final class TemplateEngine {
    /** The file in a template folder that renders one leaflet. */
    public static final String PAGE = "page.ftlh";
    /** The optional file in a template folder that lists its variants, the default first. */
    public static final String DESCRIPTOR = "template.yaml";
    /** Where brand colours come from, for messages. */
    static final String BRAND_FILE = "handout.yaml";
    /** The one variant of a template that declares none. */
    public static final String DEFAULT_VARIANT = "default";
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final Configuration config;
    private final Path projectTemplates;
    private final Brand brand;
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();
    private final TemplateLimits limits;
    private final TemplateDiagnostics diagnostics;
    private final TemplateWords words;
    /** Templates a limit stopped in this build, by name, with what was said. */
    private final Map<String, DiagnosticException> runaways = new ConcurrentHashMap<>();

    /**
     * A template's descriptor with the brand colours resolved, or why they cannot be used; {@code found}
     * is false when there is no such template (the problem then depends on where its name was written).
     */
    private record Prepared(boolean found, TemplateDescriptor descriptor, Map<String, String> colours,
            DiagnosticException problem) {
        Prepared orThrow() throws DiagnosticException {
            if (problem != null) {
                throw problem;
            }
            return this;
        }
    }

    public TemplateEngine(Path projectDir) throws IOException {
        this(projectDir, Brand.none());
    }

    public TemplateEngine(Path projectDir, Brand brand) throws IOException {
        this.projectTemplates = projectDir.resolve("templates");
        this.config = configuration(projectTemplates);
        this.brand = brand;
        this.limits = TemplateLimits.DEFAULT;
        this.diagnostics = new TemplateDiagnostics(this::templateFile, limits);
        this.words = new TemplateWords(config);
    }

    private static Configuration configuration(Path projectTemplates) throws IOException {
        Configuration c = new GuardedConfiguration();
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(projectTemplates)) {
            // It refuses names that resolve outside its folder (../, symlinks out), as a read error.
            loaders.add(new TemplatesFolderLoader(projectTemplates.toFile()));
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, "/templates"));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setLocalizedLookup(false);
        c.setLocale(Locale.ROOT);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setAttemptExceptionReporter((e, env) -> { }); // #attempt/#recover: the template chose to go on
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNumberFormat("computer");
        return c;
    }

    /**
     * The variants the template of this name offers, its default first, from its {@code template.yaml}
     * ({@code variants: [a4, large-print, a5]}); a template without one has the single variant
     * {@value #DEFAULT_VARIANT}. A name that is not a template's, or names no template, is an error at
     * {@code where} it was written; this reads no page, so {@code handout check} can ask it.
     */
    public List<String> variants(String name, Place where) throws DiagnosticException {
        return prepare(checkedName(name, where), where).descriptor().variants();
    }

    /** The languages whose words the built-in templates have ({@code words/<lang>.yaml}). */
    static final List<String> BUILT_IN_WORDS = List.of("en", "cy", "uk", "ar", "ur", "pl", "el");

    /** The templates handout has built in. */
    public static final List<String> BUILT_IN = List.of("leaflet");

    /**
     * Every template a leaflet of this project can name — handout's own, then the project's
     * {@code templates/NAME/} folders with a {@value #PAGE}, by name — with its variants. A template
     * whose descriptor cannot be read is left out (a leaflet that uses it is told why).
     */
    public java.util.Map<String, List<String>> allVariants() {
        java.util.SortedSet<String> project = new java.util.TreeSet<>();
        if (Files.isDirectory(projectTemplates)) {
            try (java.util.stream.Stream<Path> folders = Files.list(projectTemplates)) {
                folders.map(f -> f.getFileName().toString()).filter(n -> TEMPLATE_NAME.matcher(n).matches())
                        .forEach(project::add);
            } catch (IOException e) {
                // no project templates can be listed: only handout's own are offered
            }
        }
        java.util.Map<String, List<String>> all = new java.util.LinkedHashMap<>(); // in that order
        for (String name : java.util.stream.Stream.concat(BUILT_IN.stream(), project.stream()).toList()) {
            try {
                Prepared p = prepared.computeIfAbsent(name, this::load);
                if (p.found() && !all.containsKey(name)) {
                    all.put(name, p.orThrow().descriptor().variants());
                }
            } catch (DiagnosticException e) {
                // reported where a leaflet names it
            }
        }
        return all;
    }

    /**
     * The files the template of this name is made of (name to content), read now, for telling when it
     * has changed. The brand is not among them: it comes from handout.yaml.
     */
    public SortedMap<String, byte[]> files(String name) throws DiagnosticException {
        if (!TEMPLATE_NAME.matcher(name).matches()) {
            throw new DiagnosticException(Diagnostic.error(name, "not a template name"));
        }
        List<String> known = new java.util.ArrayList<>(List.of(PAGE, DESCRIPTOR, "style.css", "rtl.css"));
        BUILT_IN_WORDS.forEach(lang -> known.add(TemplateWords.FOLDER + "/" + lang + ".yaml"));
        prepare(name).descriptor().variants().forEach(v -> known.add(v + ".css"));
        return TemplateFiles.of(projectTemplates, name, known);
    }

    private Prepared prepare(String name) throws DiagnosticException {
        return prepared.computeIfAbsent(name, this::load).orThrow();
    }

    /** As {@link #prepare(String)}, and a template that does not exist is an error at {@code where}. */
    private Prepared prepare(String name, Place where) throws DiagnosticException {
        if (!prepared.computeIfAbsent(name, this::load).found()) {
            throw notFound(name, where);
        }
        return prepare(name);
    }

    /** Reads a template's descriptor and resolves the brand colours once; a problem is kept and rethrown. */
    private Prepared load(String name) {
        if (!exists(name + "/" + PAGE)) {
            return new Prepared(false, TemplateDescriptor.PLAIN, Map.of(), null);
        }
        try {
            TemplateDescriptor descriptor = TemplateDescriptor.read(config, name, templateFile(name + "/" + DESCRIPTOR));
            return new Prepared(true, descriptor, BrandColours.resolve(descriptor, name, brand.colours(), BRAND_FILE), null);
        } catch (DiagnosticException e) {
            return new Prepared(true, null, Map.of(), e);
        }
    }

    /**
     * Where the project's template of this name first writes a text (for a message about something the
     * layout engine could not use): its file, line and column, else its page file. A built-in template is
     * handout's own, so there the problem is the leaflet's: its file.
     */
    public Place placeOf(String name, String text, String leafletFile) {
        if (!TEMPLATE_NAME.matcher(name).matches() || !Files.isDirectory(projectTemplates.resolve(name))) {
            return new Place(leafletFile, 0, 0);
        }
        String page = "templates/" + name + "/" + PAGE;
        try {
            Place found = TextPlace.find(TemplateFiles.of(projectTemplates, name, List.of()), page, text);
            return found != null ? found : new Place(page, 0, 0);
        } catch (java.io.UncheckedIOException e) {
            return new Place(page, 0, 0);
        }
    }

    /** Whether the project or handout has this template file, found the way a page is, without parsing it. */
    private boolean exists(String path) {
        try {
            Object source = config.getTemplateLoader().findTemplateSource(path);
            if (source == null) {
                return false;
            }
            config.getTemplateLoader().closeTemplateSource(source);
            return true;
        } catch (IOException e) {
            return true; // rendering it reports why it cannot be read
        }
    }

    /**
     * A leaflet's template values (body markup, QR code, colours, brand), worked out once and then
     * printed in each of its variants.
     */
    public static final class Page {
        private final Leaflet leaflet;
        private final Map<String, Object> data;
        private final List<Diagnostic> warnings;

        private Page(Leaflet leaflet, Map<String, Object> data, List<Diagnostic> warnings) {
            this.leaflet = leaflet;
            this.data = data;
            this.warnings = warnings;
        }

        /** What the author should hear about the template's values: a language its words are not in. */
        public List<Diagnostic> warnings() {
            return warnings;
        }
    }

    /** The values the leaflet's template will get, for {@link #render(Page, String)}. */
    public Page page(Leaflet leaflet) throws DiagnosticException {
        String name = checkedName(leaflet);
        Map<String, String> colours = prepare(name, placeOfTemplate(leaflet)).colours();
        Path projectDir = projectTemplates.getParent();
        Path leafletDir = projectDir.resolve(leaflet.sourceFile()).getParent();
        Map<String, Object> data = TemplateData.of(leaflet, leafletDir);
        data.put("colours", colours);
        data.put("brand", TemplateData.brand(brand, projectDir, leafletDir));
        Position lang = leaflet.metadata().at("lang");
        TemplateWords.Chosen chosen = words.choose(name, leaflet.metadata().lang(),
                new Place(leaflet.sourceFile(), lang.line(), lang.column()), templateFile(name + "/" + PAGE));
        data.put("words", chosen.words());
        return new Page(leaflet, Map.copyOf(data), chosen.warnings());
    }

    /** The leaflet in one of its template's variants as XHTML text, or a diagnostic naming the template's place. */
    public String render(Leaflet leaflet, String variant) throws DiagnosticException {
        return render(page(leaflet), variant);
    }

    /** A prepared leaflet in one of its template's variants as XHTML text, within the template limits. */
    public String render(Page page, String variant) throws DiagnosticException {
        Leaflet leaflet = page.leaflet;
        String name = checkedName(leaflet);
        String path = name + "/" + PAGE;
        DiagnosticException runaway = runaways.get(name);
        if (runaway != null) {
            throw runaway;
        }
        Map<String, Object> data = new java.util.HashMap<>(page.data);
        data.put("variant", variant);
        try {
            return TemplateRun.render(config, path, data, limits);
        } catch (TemplateNotFoundException e) {
            throw notFound(name, placeOfTemplate(leaflet));
        } catch (ParseException e) {
            throw new DiagnosticException(diagnostics.syntax(e));
        } catch (TemplateException e) {
            throw new DiagnosticException(diagnostics.failed(e));
        } catch (TemplateStop.Stopped e) {
            DiagnosticException stopped = new DiagnosticException(diagnostics.stopped(e.stop(), path));
            runaways.putIfAbsent(name, stopped);
            throw stopped;
        } catch (IOException e) {
            throw new DiagnosticException(diagnostics.unreadable(path, e));
        }
    }

    private static String checkedName(Leaflet leaflet) throws DiagnosticException {
        return checkedName(leaflet.metadata().template(), placeOfTemplate(leaflet));
    }

    private static String checkedName(String name, Place where) throws DiagnosticException {
        if (!TEMPLATE_NAME.matcher(name).matches()) {
            throw new DiagnosticException(where.error(
                    "template \"" + name + "\" is not a template name — use the name of a folder under"
                            + " templates/ (lower-case letters, digits, - and _)"));
        }
        return name;
    }

    private static DiagnosticException notFound(String name, Place where) {
        return new DiagnosticException(where.error(
                "template \"" + name + "\" not found — there is no templates/" + name + "/" + PAGE
                        + " in the project and no built-in template of that name (built in: " + String.join(", ", BUILT_IN) + ")"));
    }

    /**
     * The leaflet's "template:" value (or the file, when the template comes from handout.yaml: the
     * batch checks that one at its place in handout.yaml before any leaflet).
     */
    private static Place placeOfTemplate(Leaflet leaflet) {
        Position at = leaflet.metadata().at("template");
        return new Place(leaflet.sourceFile(), at.line(), at.column());
    }

    /** A FreeMarker template name ({@code mine/page.ftlh}) as the user knows the file. */
    private String templateFile(String path) {
        return Files.exists(projectTemplates.resolve(path), LinkOption.NOFOLLOW_LINKS) ? "templates/" + path
                : "built-in template " + path;
    }
}
