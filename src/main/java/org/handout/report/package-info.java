/**
 * Report stage: what happened to each leaflet, as lines for a person and as {@code report.json}
 * for machines. Reports hold no timings or absolute paths, so the same build gives the same report.
 */
package org.handout.report;
