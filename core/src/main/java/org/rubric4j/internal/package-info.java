/**
 * Implementation of rubric4j core: exact rational arithmetic, decimal helpers, coverage of
 * intervals, explanation texts and id checks. Not part of the API: the module exports it only to
 * rubric4j's own modules, and it may change in any release.
 */
package org.rubric4j.internal;
