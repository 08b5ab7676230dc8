package dev.pamphlet.core.model;

/** Whether a list item is a checklist item, and whether it is ticked. */
public enum CheckState {
  /** An ordinary list item. */
  NONE,
  /** A checklist item not yet ticked ({@code - [ ]}). */
  UNCHECKED,
  /** A ticked checklist item ({@code - [x]}). */
  CHECKED
}
