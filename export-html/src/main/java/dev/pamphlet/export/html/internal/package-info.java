/**
 * How the HTML exporter renders: internal, not API, and free to change in any release.
 */
package dev.pamphlet.export.html.internal;
