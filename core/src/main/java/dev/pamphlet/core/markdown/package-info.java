/**
 * Reads Markdown into the model: {@link dev.pamphlet.core.markdown.MarkdownReader}.
 *
 * <h2>The dialect</h2>
 *
 * <p>CommonMark, with GFM tables, task lists and strikethrough, footnotes, YAML front matter,
 * {@code {#id}} on headings, GitHub alerts ({@code > [!WARNING] Title}) and admonitions
 * ({@code !!! tip "Title"}). Front matter keys: {@code id}, {@code title}, {@code subtitle},
 * {@code summary}, {@code authors} (a name or a list), {@code language} (or {@code lang}),
 * {@code organization} (a name, or {@code name} and {@code contact}), {@code reviewed} and
 * {@code next-review} (YYYY-MM-DD), {@code keywords}, {@code sources} (text, or {@code text} and
 * {@code url}) and {@code cover}.
 *
 * <p>Links to {@code #id} and to other articles by file name ({@code other.md#id},
 * {@code other#id}) become cross-references; other links stay links. A paragraph holding only an
 * image is a figure. Raw HTML never reaches the model; only its text does.
 *
 * <h2>Diagnostics</h2>
 *
 * <p>No text is ever silently lost: whatever has no place in the model keeps its text and,
 * where meaning is lost, is reported with file, line and column.
 *
 * <ul>
 *   <li>{@code frontmatter.invalid} (error): front matter that is not valid YAML.
 *   <li>{@code frontmatter.invalid-value} (error): a bad value, such as a date that is not one.
 *   <li>{@code frontmatter.unknown-key} (warning): a key that is ignored.
 *   <li>{@code heading.skipped-level} (warning): {@code #} then {@code ###}; nested anyway.
 *   <li>{@code heading.nested} (warning): a heading in a list, quote or callout; bold text.
 *   <li>{@code id.duplicate}, {@code id.invalid} (errors): an explicit section id taken twice,
 *       or not usable; the title's slug is used instead.
 *   <li>{@code callout.unknown-kind} (warning): read as a quote.
 *   <li>{@code image.inline} (warning): an image inside running text; its alt text is kept.
 *   <li>{@code footnote.undefined}, {@code footnote.unused}, {@code footnote.recursive}
 *       (warnings).
 *   <li>{@code table.malformed} (warning): header and delimiter rows differ; read as text.
 *   <li>{@code html.dropped} (warning): raw HTML; its text is kept.
 *   <li>{@code markdown.unsupported} (warning): markup with no model equivalent, such as
 *       strikethrough; its text is kept.
 *   <li>{@code markdown.internal} (error): a part that could not be converted; its text is kept
 *       as written.
 *   <li>{@code markdown.nesting-too-deep} (error): quotes, lists, callouts, notes, emphasis or
 *       links nested more than {@link dev.pamphlet.core.model.Nesting#MAX_DEPTH} levels deep
 *       (or a line whose markers and indentation could open three times that many); the whole
 *       text is kept as written, in one paragraph.
 *   <li>{@code markdown.control-character} (warning): control characters (other than tab and
 *       line ends) or noncharacters, which no output format can hold; each is read as U+FFFD.
 *   <li>{@code markdown.too-large} (error): a text longer than
 *       {@link dev.pamphlet.core.markdown.MarkdownReader#MAX_LENGTH} characters; nothing of it
 *       is read.
 * </ul>
 */
package dev.pamphlet.core.markdown;
