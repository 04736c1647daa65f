package org.tidemark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every relative link in the README and docs/ names a file that exists and, with a {@code #fragment},
 * a heading in it (GitHub's anchors: lower case, punctuation dropped, spaces to hyphens).
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            String text = withoutCodeBlocks(Files.readString(page));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(linked)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (hash >= 0 && linked.toString().endsWith(".md")
                        && !anchors(linked).contains(target.substring(hash + 1))) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theCheckKnowsGitHubsAnchors() {
        assertThat(anchor("Voyage derivation (`derive.VoyageDeriver`, pure)"))
                .isEqualTo("voyage-derivation-derivevoyagederiver-pure");
        assertThat(anchor("Data access: one rule")).isEqualTo("data-access-one-rule");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> root = Files.list(Path.of("."))) {
            root.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        assertThat(pages).extracting(p -> p.getFileName().toString()).contains("README.md", "ARCHITECTURE.md");
        return pages;
    }

    private static Set<String> anchors(Path page) throws IOException {
        Matcher m = HEADING.matcher(withoutCodeBlocks(Files.readString(page)));
        Set<String> anchors = new HashSet<>();
        while (m.find()) {
            anchors.add(anchor(m.group(1)));
        }
        return anchors;
    }

    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')
                .mapToObj(Character::toString)
                .collect(Collectors.joining())
                .replace(' ', '-');
    }

    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }
}
