/**
 * Web helpers every feature's pages use (options for selects, a page of results, forms kept across a sign-in,
 * upload endpoints): the public types here are {@code common}'s second interface; the filters, error pages and
 * layout advice stay package-private.
 */
@NamedInterface("web")
package uk.councils.reviewtracker.common.web;

import org.springframework.modulith.NamedInterface;
