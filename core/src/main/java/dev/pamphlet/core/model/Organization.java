package dev.pamphlet.core.model;

/**
 * Who publishes the content, for the footer of a handout and the publisher of a booklet.
 *
 * @param name the organization's name ({@code ""} when unknown)
 * @param contact a contact line, such as a phone number and address ({@code ""} for none)
 */
public record Organization(String name, String contact) {
  /** No organization. */
  public static final Organization NONE = new Organization("", "");

  public Organization {
    Checks.text(name, "name");
    Checks.text(contact, "contact");
  }

  /** Whether a name is given. */
  public boolean isPresent() {
    return !name.isEmpty();
  }
}
