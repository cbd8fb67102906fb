-- The extension as installed: every function with its exact SQL signature
-- (names, argument types and defaults are part of the contract), its
-- volatility, strictness and parallel safety, and a comment on each.

SELECT extname, extversion, extrelocatable FROM pg_extension WHERE extname = 'costshare';

SELECT p.proname,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       p.prokind AS kind,
       p.provolatile AS volatility,
       p.proisstrict AS strict,
       p.proparallel AS parallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
ORDER BY p.proname, pg_get_function_identity_arguments(p.oid);

-- Every function is IMMUTABLE and PARALLEL SAFE; every one is STRICT but the
-- window function and costshare_agreement_apply() (its optional arguments
-- take NULL for their defaults).
SELECT count(*) AS functions,
       bool_and(p.provolatile = 'i' AND p.proparallel = 's') AS immutable_parallel_safe,
       bool_and(p.proisstrict = (p.prokind <> 'w' AND p.proname <> 'costshare_agreement_apply'))
           AS strict_unless_documented
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare';

-- The view of the lifecycle table, readable by everyone.
SELECT c.relname, c.relkind, obj_description(c.oid, 'pg_class') IS NOT NULL AS commented,
       has_table_privilege('public', c.oid, 'SELECT') AS public_select
FROM pg_class c
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
ORDER BY c.relname;

SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
WHERE attrelid = 'costshare_transitions'::regclass AND attnum > 0 ORDER BY attnum;

-- The tests that follow report an error as SQLSTATE, DETAIL (the library's
-- code name) and message.
CREATE FUNCTION sqlerr(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    state text;
    detail text;
    message text;
BEGIN
    EXECUTE query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
    RETURN state || ' ' || detail || ': ' || message;
END
$$;

-- An error as psql shows it: message, DETAIL and a HINT in SQL terms.
SELECT costshare_split(100, '{1,NULL,1}');
