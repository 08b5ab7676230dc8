package dev.pamphlet.bench;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.html.HtmlExporter;
import dev.pamphlet.export.html.HtmlMode;
import dev.pamphlet.export.html.HtmlOptions;
import dev.pamphlet.export.pdf.PdfExporter;
import dev.pamphlet.export.pdf.PdfOptions;
import dev.pamphlet.export.pdf.Products;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF for (a) the ~1,000-word example handout and (b) the 100-article corpus as one booklet,
 * side by side in one run with openhtmltopdf rendering our HTML exporter's standalone page of
 * the same content, and a bare PDFBox program writing the same text with naive wrapping (the
 * floor). All three embed DejaVu Sans subsets; openhtmltopdf is told to use it for all text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A booklet takes half a second to two seconds an operation: with 12 s of warm-up Pamphlet's
// booklet was still getting faster through the measured iterations (685 down to 515 ms), so
// 30 s of warm-up, and two forks against one fork's luck.
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = "-Xmx2g")
public class PdfExportBenchmark {
  /** Makes openhtmltopdf set every piece of text in the fonts the others embed. */
  private static final String SAME_FONTS = "<style>body, body * { font-family: 'DejaVu Sans'"
      + " !important; } code, pre, pre * { font-family: 'DejaVu Sans Mono' !important; }</style>";

  @Param({"HANDOUT", "BOOKLET"})
  public String product;

  private Publication publication;
  private PdfExporter pamphlet;
  private String standalonePage;
  private PdfBoxFloor floor;

  @Setup
  public void setUp() throws IOException {
    if (product.equals("HANDOUT")) {
      Map<String, String> examples = Corpus.EXAMPLES.files();
      String handout = "ketamine-assisted-therapy.md";
      publication = Publications.read(Map.of(handout, examples.get(handout)));
      pamphlet = new PdfExporter(PdfOptions.builder().products(Products.HANDOUTS).build());
    } else {
      publication = Publications.read(Corpus.GENERATED);
      pamphlet = new PdfExporter(PdfOptions.builder().products(Products.BOOKLET).build());
    }
    InMemoryOutput html = new InMemoryOutput();
    new HtmlExporter(HtmlOptions.builder().mode(HtmlMode.STANDALONE).build())
        .write(ExportContext.of(publication), html);
    String page = new String(html.file(HtmlExporter.bookletFileName(publication)),
        StandardCharsets.UTF_8);
    standalonePage = page.replace("</head>", SAME_FONTS + "</head>");
    floor = new PdfBoxFloor();
  }

  @Benchmark
  public long pamphlet() throws IOException {
    NullOutput out = new NullOutput();
    pamphlet.write(ExportContext.of(publication), out);
    return out.bytes;
  }

  @Benchmark
  public int openhtmltopdf() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFont(() -> DejaVu.open(DejaVu.SANS), "DejaVu Sans");
    builder.useFont(() -> DejaVu.open(DejaVu.SANS_BOLD), "DejaVu Sans", 700,
        PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> DejaVu.open(DejaVu.SANS_OBLIQUE), "DejaVu Sans", 400,
        PdfRendererBuilder.FontStyle.ITALIC, true);
    builder.useFont(() -> DejaVu.open(DejaVu.MONO), "DejaVu Sans Mono");
    builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(standalonePage)), "/");
    builder.toStream(out);
    builder.run();
    return out.size();
  }

  @Benchmark
  public int pdfboxFloor() throws IOException {
    List<Article> articles = publication.articles();
    return floor.write(articles).length;
  }
}
