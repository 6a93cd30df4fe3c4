-- The marketplace's read path for search. RLS quals on `businesses` act as a security
-- barrier: the planner may not push non-leakproof operators (cube's @>, pg_trgm's %) below
-- them, so under the app role neither businesses_earth_idx nor businesses_search_trgm_idx
-- could serve a search. This view runs with its owner's rights (the tables' owner, not
-- subject to RLS) and shows exactly what the businesses_public_read policy shows: published
-- businesses. The app role may only read it (a one-table view is otherwise updatable).
CREATE VIEW marketplace_businesses AS
  SELECT * FROM businesses WHERE status = 'published';
--> statement-breakpoint
REVOKE ALL ON marketplace_businesses FROM callboard_app;
--> statement-breakpoint
GRANT SELECT ON marketplace_businesses TO callboard_app;
