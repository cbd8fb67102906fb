#!/usr/bin/env bash
# The PostgreSQL extension against the built-in SQL it replaces, in one run on
# the same rows (docs/performance.md, "PostgreSQL"):
#
#  - costshare_share(total, weight) OVER (PARTITION BY g) over 10^6 rows in
#    1 000 partitions, against sum(weight) OVER (PARTITION BY g);
#  - costshare_add(day, 1, 'months') over 10^6 dates, against
#    day + interval '1 month'.
#
# Builds and installs the extension (make -C postgresql install; it stays
# installed), starts a throwaway server on 127.0.0.1 (scripts/pg-temp-cluster.sh),
# times each query as the best of BENCH_ROUNDS runs (default 5) inside the
# server, prints a Markdown table and stops the server. JIT and parallel
# workers are off and work_mem is large enough to sort in memory, so both
# sides of each pair run the same plan shape on one core.
#
#   bench/bench-postgresql.sh [WORK_DIR]     # default build/bench-postgresql
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="${1:-$root/build/bench-postgresql}"
rounds="${BENCH_ROUNDS:-5}"
export PG_CONFIG="${PG_CONFIG:-pg_config}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

rm -rf "$work"
mkdir -p "$work"
chmod 755 "$work"
make -C postgresql >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log"; exit 1; }
"${as_root[@]}" make -C postgresql install >>"$work/build.log" 2>&1 ||
  { tail -n 40 "$work/build.log"; exit 1; }

. scripts/pg-temp-cluster.sh
trap pg_temp_stop EXIT
pg_temp_start "$work/cluster"

psql -X -q -v ON_ERROR_STOP=1 -d postgres >"$work/setup.log" <<'EOF'
CREATE EXTENSION costshare;
-- 10^6 rows in 1 000 partitions of 1 000 rows; weights 1 to 2^20 (scrambled);
-- one total per partition.
CREATE TABLE bench_rows AS
    SELECT i, i % 1000 AS g, 1 + (hashint4(i) & 1048575)::bigint AS weight,
           1000000000::bigint + i % 1000 AS total
    FROM generate_series(1, 1000000) AS i;
-- 10^6 dates from 1990-01-01 over about 110 years.
CREATE TABLE bench_days AS
    SELECT date '1990-01-01' + ((i::bigint * 7919) % 40177)::int AS day
    FROM generate_series(1, 1000000) AS i;
VACUUM ANALYZE bench_rows;
VACUUM ANALYZE bench_days;
-- The best of n runs of a query, in milliseconds.
CREATE FUNCTION bench(query text, n int) RETURNS double precision LANGUAGE plpgsql AS $$
DECLARE
    best double precision := 'infinity';
    t0 timestamptz;
BEGIN
    EXECUTE query;  -- warm-up: the table in shared buffers, the library loaded
    FOR i IN 1..n LOOP
        t0 := clock_timestamp();
        EXECUTE query;
        best := least(best, 1000 * extract(epoch FROM clock_timestamp() - t0));
    END LOOP;
    RETURN best;
END
$$;
EOF

# Each pair: the costshare query, the built-in query, and what both compute.
queries=(
  "SELECT sum(s) FROM (SELECT costshare_share(total, weight) OVER (PARTITION BY g) AS s FROM bench_rows) q"
  "SELECT sum(s) FROM (SELECT sum(weight) OVER (PARTITION BY g) AS s FROM bench_rows) q"
  "SELECT max(costshare_add(day, 1, 'months')) FROM bench_days"
  "SELECT max(day + interval '1 month') FROM bench_days"
  "SELECT max(day) FROM bench_days"
)
results=()
for q in "${queries[@]}"; do
  ms=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d postgres \
    -c "SET jit = off" -c "SET max_parallel_workers_per_gather = 0" -c "SET work_mem = '512MB'" \
    -c "SELECT round(bench(\$q\$$q\$q\$, $rounds)::numeric, 1)")
  results+=("$ms")
done

# The shares of each partition sum to its total, and the two date columns agree.
check=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d postgres -c "
  SELECT (SELECT sum(s) FROM (SELECT costshare_share(total, weight) OVER (PARTITION BY g) AS s
                              FROM bench_rows) q)
         = (SELECT sum(total) FROM (SELECT DISTINCT g, total FROM bench_rows) p)
     AND (SELECT count(*) FROM bench_days
          WHERE costshare_add(day, 1, 'months') <> (day + interval '1 month')::date) = 0")
[ "$check" = "t" ] || { echo "bench: the results disagree"; exit 1; }

cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# Over 10^6 rows, a millisecond is a nanosecond per row.
per_row() { awk -v a="$1" 'BEGIN { printf "%.0f", a }'; }
echo
echo "$("$PG_CONFIG" --version), $cpu, best of $rounds runs, 10^6 rows"
echo
echo "| query | ms | ns per row | ratio |"
echo "| --- | ---: | ---: | ---: |"
echo "| \`costshare_share(total, weight) OVER (PARTITION BY g)\`, 1 000 partitions | ${results[0]} | $(per_row "${results[0]}") | $(ratio "${results[0]}" "${results[1]}") |"
echo "| \`sum(weight) OVER (PARTITION BY g)\`, same rows | ${results[1]} | $(per_row "${results[1]}") | 1.00 |"
echo "| \`costshare_add(day, 1, 'months')\` | ${results[2]} | $(per_row "${results[2]}") | $(ratio "${results[2]}" "${results[3]}") |"
echo "| \`day + interval '1 month'\` | ${results[3]} | $(per_row "${results[3]}") | 1.00 |"
echo "| \`max(day)\` alone (the scan both date queries share) | ${results[4]} | $(per_row "${results[4]}") | |"
