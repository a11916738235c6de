/**
 * The market consultations on the public site: the list and the page of each,
 * server-rendered (see {@link org.pilotbridge.shared.web.PublicController}). Answering a
 * consultation is the workspace's ({@code consultation.ui}).
 */
@NullMarked
package org.pilotbridge.consultation.web;

import org.jspecify.annotations.NullMarked;
