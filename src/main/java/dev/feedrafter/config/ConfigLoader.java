package dev.feedrafter.config;

import dev.feedrafter.Version;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads feeds.yml into a {@link FeedrafterConfig}. Every problem in the file is collected and thrown
 * together in one {@link ConfigException}, each as {@code FILE:LINE:COL: path: message}.
 * Relative paths in the file are taken relative to the file's own folder.
 */
public final class ConfigLoader {
    private static final Set<String> TOP_LEVEL = Set.of("clinic", "topics", "defaults", "feeds", "drafts", "store",
            "fetch", "web", "schedule", "site_rules");

    private final Function<String, String> environment;

    public ConfigLoader() {
        this(System::getenv);
    }

    /** With a custom environment for {@code ${VAR}} substitution (tests). */
    public ConfigLoader(Function<String, String> environment) {
        this.environment = environment;
    }

    public FeedrafterConfig load(Path file) {
        String name = file.toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(new Problem(name, 0, 0, "", "file not found (create it from the README's "
                    + "example, or pass --config FILE)"), e);
        } catch (CharacterCodingException e) {
            throw new ConfigException(new Problem(name, 0, 0, "", "not UTF-8 text; save the file as UTF-8"), e);
        } catch (IOException e) {
            throw new ConfigException(new Problem(name, 0, 0, "", "cannot read: " + e.getMessage()), e);
        }
        Path baseDir = file.toAbsolutePath().getParent();
        return parse(name, text.startsWith("\uFEFF") ? text.substring(1) : text, baseDir);
    }

    /** Parses configuration text; {@code name} is used in messages and {@code baseDir} for relative paths. */
    public FeedrafterConfig parse(String name, String text, Path baseDir) {
        Problems problems = new Problems(name);
        YamlNode root = new YamlTreeReader(name, problems, environment).read(text);
        Fields f = Fields.of(root, problems, TOP_LEVEL);
        if (!f.has("clinic")) {
            problems.add(new Problem(name, 1, 1, "clinic", "required: the clinic the drafts speak for "
                    + "(at least clinic.name)"));
        }
        ClinicConfig clinic = ClinicConfig.read(f.section("clinic"), problems);
        DefaultsConfig defaults = DefaultsConfig.read(f.section("defaults"), problems);
        FeedrafterConfig config = new FeedrafterConfig(Path.of(name), clinic,
                TopicsConfig.read(f.section("topics"), problems), defaults, FeedsReader.read(f, defaults),
                DraftsConfig.read(f.section("drafts"), problems, baseDir),
                StoreConfig.read(f.section("store"), problems, baseDir),
                FetchConfig.read(f.section("fetch"), problems, defaultUserAgent(clinic)),
                WebConfig.read(f.section("web"), problems), ScheduleConfig.read(f.section("schedule"), problems),
                SiteRulesConfig.read(f.section("site_rules"), problems));
        problems.throwIfAny();
        return config;
    }

    /** Names Feedrafter and a contact page, as polite crawlers do. */
    static String defaultUserAgent(ClinicConfig clinic) {
        var contact = clinic.contactOrWebsite();
        return "Feedrafter/" + Version.get() + (contact == null ? "" : " (+" + contact + ")");
    }
}
