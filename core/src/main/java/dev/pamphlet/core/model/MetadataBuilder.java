package dev.pamphlet.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link Metadata}; get one from {@link Metadata#builder()}. Not thread-safe. */
public final class MetadataBuilder {
  private String title;
  private String subtitle;
  private String summary;
  private final List<String> authors;
  private String language;
  private Organization organization;
  private Optional<LocalDate> reviewed;
  private Optional<LocalDate> nextReview;
  private final List<String> keywords;
  private final List<Citation> sources;
  private String cover;

  MetadataBuilder(Metadata from) {
    title = from.title();
    subtitle = from.subtitle();
    summary = from.summary();
    authors = new ArrayList<>(from.authors());
    language = from.language();
    organization = from.organization();
    reviewed = from.reviewed();
    nextReview = from.nextReview();
    keywords = new ArrayList<>(from.keywords());
    sources = new ArrayList<>(from.sources());
    cover = from.cover();
  }

  public MetadataBuilder title(String title) {
    this.title = title;
    return this;
  }

  public MetadataBuilder subtitle(String subtitle) {
    this.subtitle = subtitle;
    return this;
  }

  public MetadataBuilder summary(String summary) {
    this.summary = summary;
    return this;
  }

  public MetadataBuilder author(String author) {
    authors.add(author);
    return this;
  }

  public MetadataBuilder authors(List<String> authors) {
    this.authors.clear();
    this.authors.addAll(authors);
    return this;
  }

  public MetadataBuilder language(String language) {
    this.language = language;
    return this;
  }

  public MetadataBuilder organization(String name, String contact) {
    this.organization = new Organization(name, contact);
    return this;
  }

  public MetadataBuilder organization(Organization organization) {
    this.organization = organization;
    return this;
  }

  public MetadataBuilder reviewed(LocalDate reviewed) {
    this.reviewed = Optional.of(reviewed);
    return this;
  }

  public MetadataBuilder nextReview(LocalDate nextReview) {
    this.nextReview = Optional.of(nextReview);
    return this;
  }

  public MetadataBuilder keyword(String keyword) {
    keywords.add(keyword);
    return this;
  }

  public MetadataBuilder keywords(List<String> keywords) {
    this.keywords.clear();
    this.keywords.addAll(keywords);
    return this;
  }

  public MetadataBuilder source(String text, String url) {
    sources.add(new Citation(text, url));
    return this;
  }

  public MetadataBuilder sources(List<Citation> sources) {
    this.sources.clear();
    this.sources.addAll(sources);
    return this;
  }

  public MetadataBuilder cover(String cover) {
    this.cover = cover;
    return this;
  }

  public Metadata build() {
    return new Metadata(title, subtitle, summary, authors, language, organization, reviewed,
        nextReview, keywords, sources, cover);
  }
}
