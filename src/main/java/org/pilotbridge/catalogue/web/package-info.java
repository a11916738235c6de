/**
 * The catalogue on the public site: the solutions catalogue with its search and the page of each
 * solution, the market consultations and the page of each, server-rendered (see
 * {@link org.pilotbridge.shared.web.PublicController}). Answering a consultation is the workspace's
 * ({@code catalogue.ui}).
 */
@NullMarked
package org.pilotbridge.catalogue.web;

import org.jspecify.annotations.NullMarked;
