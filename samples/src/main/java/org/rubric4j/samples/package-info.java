/**
 * The seed rubrics as files ({@code /rubrics/*.yaml}) and sample observations for each
 * ({@code /samples/*.csv}), as class-path resources; {@link org.rubric4j.samples.SampleFolders}
 * gives them to tests as directories, so no module reaches into another's folder.
 */
package org.rubric4j.samples;
