/**
 * Validation: {@link dev.pamphlet.core.validate.Validator} checks a publication in one walk and
 * reports every problem as a {@link dev.pamphlet.core.diagnostic.Diagnostic} with a stable code
 * (listed in {@link dev.pamphlet.core.validate.ValidationCodes}) and the position of the node at
 * fault. Each rule is a small package-private class over the shared
 * {@link dev.pamphlet.core.model.ModelWalker}.
 *
 * <p>{@link dev.pamphlet.core.validate.UrlPolicy} and
 * {@link dev.pamphlet.core.validate.LanguageTags} are public so exporters apply the same URL
 * allow-list and language check as the validator.
 */
package dev.pamphlet.core.validate;
