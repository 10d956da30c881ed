package org.newsgraph.web;

import org.newsgraph.curation.CurationRequests;
import org.newsgraph.curation.CurationService;
import org.newsgraph.curation.QualityService;

/**
 * The curation services the review handlers call: decisions and their undo, checked requests, quality; and who
 * decisions are by when a request names no analyst; the analysts' shared workspace (notes and saved views).
 */
public record Curation(CurationService decisions, CurationRequests requests, QualityService quality, String defaultAnalyst,
                       org.newsgraph.workspace.Workspace workspace) {
}
