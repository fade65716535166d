// main/store/revisions.ts
function listRevisions(db, query = {}) {
	return db.prepare(`SELECT a.slug AS area, a.name AS area_name, r.measure_id AS measure, r.period,
        r.old_value AS old, r.new_value AS new, r.old_raw, r.new_raw,
        CASE WHEN r.new_status = 'suppressed' THEN 'now_suppressed' WHEN r.old_status = 'suppressed' THEN 'now_published' ELSE 'restated' END AS change,
        fr.edition_label AS from_release, tr.edition_label AS to_release,
        r.from_release_id, r.to_release_id
      FROM revision r
      JOIN area a ON a.id = r.area_id
      JOIN measure m ON m.id = r.measure_id
      JOIN release fr ON fr.id = r.from_release_id
      JOIN release tr ON tr.id = r.to_release_id
      WHERE (@area IS NULL OR a.slug = @area) AND (@measure IS NULL OR r.measure_id = @measure)
        AND (@release IS NULL OR r.from_release_id = @release OR r.to_release_id = @release)
      ORDER BY a.sort_order, m.sort_order, r.period, r.to_release_id`).all({
		area: query.area ?? null,
		measure: query.measure ?? null,
		release: query.releaseId ?? null
	});
}
export { listRevisions as t };
