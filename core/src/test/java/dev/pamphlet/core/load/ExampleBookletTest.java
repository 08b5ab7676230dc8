package dev.pamphlet.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.readability.ArticleReadability;
import dev.pamphlet.core.readability.PlainLanguageRules;
import dev.pamphlet.core.readability.ReadabilityAnalyzer;
import dev.pamphlet.core.testing.Samples;
import dev.pamphlet.core.validate.Validator;
import dev.pamphlet.core.xref.Index;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example booklet in {@code examples/} is the project's showcase: it must stay clean. */
class ExampleBookletTest {
  private static final List<String> MANIFEST_ORDER = List.of(
      "ketamine-assisted-therapy", "brain-networks", "neuroplasticity-and-depression");

  private static Path examples;
  private static ReadResult<Publication> result;
  private static Publication booklet;

  @BeforeAll
  static void load() throws IOException {
    examples = Samples.examplesDir();
    result = SourceLoader.create().load(List.of(examples));
    booklet = result.value();
  }

  private static List<Object> allNodes() {
    return booklet.articles().stream().flatMap(a -> ModelNodes.of(a).stream()).toList();
  }

  private static <T> List<T> all(Class<T> type) {
    return allNodes().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void loadsWithNoDiagnosticsAtAll() {
    assertThat(result.diagnostics()).as("diagnostics").isEmpty();
  }

  @Test
  void passesTheValidatorWithoutAnyFinding() {
    List<Diagnostic> problems = Validator.standard().validate(booklet, result.sourceMap());

    assertThat(problems).as("validator findings").isEmpty();
  }

  /** Issue 7: patient material at or below grade 8. Advice (info) may stay; nothing more. */
  @Test
  void everyArticleReadsAtOrBelowGradeEightWithNoHandoutWarning() {
    List<ArticleReadability> analysis = ReadabilityAnalyzer.create(PlainLanguageRules.DEFAULT)
        .analyze(booklet, result.sourceMap());

    assertThat(analysis).hasSize(3);
    for (ArticleReadability article : analysis) {
      double grade = article.scores().orElseThrow().fleschKincaidGrade();
      assertThat(grade).as(article.articleId() + " grade").isLessThanOrEqualTo(8);
      assertThat(article.findings()).as(article.articleId() + " findings")
          .filteredOn(finding -> finding.severity() != Severity.INFO).isEmpty();
    }
  }

  @Test
  void hasThreeArticlesInManifestOrder() {
    assertThat(booklet.articles()).extracting(Article::id)
        .containsExactlyElementsOf(MANIFEST_ORDER);
  }

  @Test
  void manifestGivesTitleOrganizationAndLanguage() {
    assertThat(booklet.metadata().title()).isEqualTo("Healing and the Brain");
    assertThat(booklet.metadata().organization().name())
        .isEqualTo("Willow Creek Mind & Mood Clinic");
    assertThat(booklet.metadata().organization().contact()).isNotBlank();
    assertThat(booklet.metadata().language()).isEqualTo("en");
    assertThat(booklet.metadata().reviewed()).isPresent();
    assertThat(booklet.numbered()).isFalse();
  }

  @Test
  void everyArticleHasTheFrontMatterAHandoutNeeds() {
    assertThat(booklet.articles()).allSatisfy(article -> {
      assertThat(article.metadata().title()).isNotBlank();
      assertThat(article.metadata().subtitle()).isNotBlank();
      assertThat(article.metadata().summary()).isNotBlank();
      assertThat(article.metadata().language()).isEqualTo("en");
      assertThat(article.metadata().authors()).isNotEmpty();
      assertThat(article.metadata().reviewed()).isPresent();
      assertThat(article.metadata().nextReview()).isPresent();
      assertThat(article.metadata().keywords()).isNotEmpty();
      assertThat(article.metadata().sources()).isNotEmpty()
          .allSatisfy(source -> assertThat(source.url()).startsWith("https://"));
    });
  }

  @Test
  void everyCrossReferenceResolves() {
    Index index = Index.of(booklet);

    assertThat(all(CrossRef.class)).isNotEmpty()
        .allSatisfy(ref -> assertThat(index.resolve(ref)).as(ref.toString()).isPresent());
  }

  @Test
  void everyArticleRefersToBothOthersAndToItsOwnSections() {
    for (Article article : booklet.articles()) {
      List<CrossRef> refs = ModelNodes.of(article, CrossRef.class);
      Set<String> targets = refs.stream().map(CrossRef::article).collect(Collectors.toSet());
      assertThat(targets).as(article.id()).containsAll(MANIFEST_ORDER);
      assertThat(refs).as(article.id() + " refers to a section of another article")
          .anySatisfy(ref -> {
            assertThat(ref.article()).isNotEqualTo(article.id());
            assertThat(ref.hasSection()).isTrue();
          });
    }
    assertThat(all(CrossRef.class)).as("a reference to a whole article")
        .anySatisfy(ref -> assertThat(ref.hasSection()).isFalse());
  }

  @Test
  void sectionsHaveExplicitAndSlugIds() {
    List<String> ids = all(Section.class).stream().map(Section::id).toList();

    assertThat(ids).contains("before-your-session", "warning-signs", "default-mode-network",
        "what-is-neuroplasticity", "questions-to-ask", "when-the-network-gets-stuck");
    assertThat(all(Section.class)).as("a sub-section")
        .anySatisfy(s -> assertThat(s.blocks()).anyMatch(Section.class::isInstance));
  }

  @Test
  void usesEveryListKind() {
    assertThat(all(BulletList.class)).as("a nested bullet list").anySatisfy(list ->
        assertThat(list.items()).anySatisfy(item ->
            assertThat(item.blocks()).anyMatch(BulletList.class::isInstance)));
    assertThat(all(OrderedList.class)).extracting(OrderedList::start).contains(1)
        .anyMatch(start -> start > 1);
    assertThat(all(ListItem.class)).extracting(ListItem::check)
        .contains(CheckState.CHECKED, CheckState.UNCHECKED);
  }

  @Test
  void usesCalloutsQuoteFigureTableAndFootnotes() {
    assertThat(all(Callout.class)).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(CalloutKind.WARNING);
      assertThat(c.title()).isEqualTo("When to call your doctor");
    }).anySatisfy(c -> assertThat(c.kind()).isEqualTo(CalloutKind.TIP));
    assertThat(all(BlockQuote.class)).isNotEmpty();
    assertThat(all(Table.class)).isNotEmpty()
        .allSatisfy(table -> assertThat(table.header()).isNotEmpty());
    assertThat(all(Note.class)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all(Figure.class)).singleElement().satisfies(figure -> {
      assertThat(figure.alt()).isNotBlank();
      assertThat(figure.caption()).isNotEmpty();
      Path image = examples.resolve(figure.source());
      assertThat(image).isRegularFile();
      assertThat(Files.size(image)).isLessThan(60_000);
    });
  }

  @Test
  void usesEmphasisStrongAndAnExternalLink() {
    assertThat(all(Emphasis.class)).isNotEmpty();
    assertThat(all(Strong.class)).isNotEmpty();
    assertThat(all(Link.class)).extracting(Link::url).anyMatch(url -> url.startsWith("https://"));
  }
}
