package dev.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateFolderTest {

    @Test
    void theShippedTemplatesAreValid() {
        assertThatCode(SeedDocuments.TEMPLATES::validate).doesNotThrowAnyException();
    }

    @Test
    void aFontFileThatIsNoTrueTypeFontIsNamedBeforeAnyRun(@TempDir Path folder) throws Exception {
        Path templates = SeedDocuments.copyOfTemplates(folder);
        Files.writeString(templates.resolve("fonts/Broken-Regular.ttf"), "<html>not a font</html>");

        assertThatThrownBy(() -> new TemplateFolder(templates).validate())
                .isInstanceOf(TemplateFolder.InvalidTemplateFolderException.class)
                .hasMessageEndingWith(": fonts/Broken-Regular.ttf is not a TrueType font");
    }

    @Test
    void aMissingStylesheetIsNamed(@TempDir Path folder) throws Exception {
        Path templates = SeedDocuments.copyOfTemplates(folder);
        Files.delete(templates.resolve(TemplateFolder.STYLESHEET));

        assertThatThrownBy(() -> new TemplateFolder(templates).validate()).hasMessageEndingWith("has no briefing.css");
    }
}
