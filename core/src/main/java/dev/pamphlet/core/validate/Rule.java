package dev.pamphlet.core.validate;

import dev.pamphlet.core.model.ModelListener;

/**
 * One validation concern. A rule is stateless and shared; for each validation it hands out a
 * fresh listener, which sees the whole publication in the validator's single walk and reports
 * through the {@link Checking} it was given.
 */
interface Rule {
  /** A listener for one validation; called after {@link Checking} is ready, before the walk. */
  ModelListener start(Checking checking);
}
