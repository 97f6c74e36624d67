/*
 * dossier_rank: an FTS5 ranking function for dossier's SQLite store (a loadable extension).
 *
 *   dossier_rank(articles_fts, positive_phrases, weight_col0, weight_col1, ...)
 *
 * Okapi BM25 (k1 = 1.2, b = 0.75, column weights as given, lower is better as for FTS5's own
 * bm25()), summed over the first `positive_phrases` phrases of the MATCH expression: dossier's
 * query builder (src/store/ftsQuery.ts) puts the phrases a hit must or may contain first and the
 * excluded ones (NOT ...) last, and an excluded phrase never occurs in a hit.
 *
 * What it saves: a phrase's inverse document frequency needs the number of rows holding it, a
 * pass over every row that matches it (FTS5's bm25() makes that pass for every phrase of every
 * query, before ranking a single row). With one positive phrase the IDF is a constant factor of
 * every score, so the order of hits does not depend on it and the pass is skipped (the score is
 * then BM25 without its IDF factor). With several, the pass is made for the positive phrases
 * only. The hits and their order are those of bm25() with the same weights
 * (test/store/sqliteRank.test.ts).
 *
 * Row lengths: BM25 divides by each row's length in tokens, which FTS5 reads from its docsize
 * table, a lookup per ranked row that was most of the cost of ranking a window of 1,000 rows. The
 * function keeps the lengths it has read, per connection, by rowid, and forgets them all whenever
 * the database changed (its data version, which counts commits of any connection, or this
 * connection's change count moved) — dossier never edits an article's text, but a re-analysis
 * may change its title.
 *
 * Built by scripts/buildRank.mjs into build/dossier_rank.so; the store falls back to bm25() when
 * the library is missing (src/store/sqlite/rankExtension.ts).
 */
#include <math.h>
#include <string.h>
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#define RANK_K1 1.2
#define RANK_B 0.75
/* FTS5's bm25() gives a phrase in more than half the rows this IDF instead of a negative one. */
#define RANK_MIN_IDF 1e-6

/* Largest rowid whose length is kept (4 bytes each: 64 MB at most). */
#define RANK_MAX_CACHED_ROWID (16 * 1024 * 1024)

/* Row lengths read so far on one connection, valid while the database is unchanged. */
typedef struct LengthCache {
  sqlite3 *db;
  unsigned int dataVersion;
  sqlite3_int64 changes;
  int nCol;               /* the table it was filled from: a call with another column count bypasses it */
  sqlite3_int64 size;     /* entries in length */
  int *length;            /* by rowid; -1: not read yet */
} LengthCache;

static void freeLengthCache(void *p) {
  LengthCache *c = (LengthCache *)p;
  if (c) sqlite3_free(c->length);
  sqlite3_free(c);
}

/* Forgets every length when the database changed since they were read. */
static void checkLengthCache(LengthCache *c, int nCol) {
  unsigned int version = 0;
  sqlite3_file_control(c->db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
  sqlite3_int64 changes = sqlite3_total_changes64(c->db);
  if (version == c->dataVersion && changes == c->changes && nCol == c->nCol) return;
  if (c->length) memset(c->length, 0xff, sizeof(int) * (size_t)c->size);
  c->dataVersion = version;
  c->changes = changes;
  c->nCol = nCol;
}

/* The length of the current row in tokens, from the cache or from FTS5 (then kept). */
static int rowLength(const Fts5ExtensionApi *api, Fts5Context *fts, LengthCache *c, int *out) {
  sqlite3_int64 rowid = api->xRowid(fts);
  if (c && rowid >= 0 && rowid < c->size && c->length[rowid] >= 0) {
    *out = c->length[rowid];
    return SQLITE_OK;
  }
  int rc = api->xColumnSize(fts, -1, out);
  if (rc != SQLITE_OK || !c || rowid < 0 || rowid >= RANK_MAX_CACHED_ROWID) return rc;
  if (rowid >= c->size) {
    sqlite3_int64 size = rowid + 1 + rowid / 2;
    if (size > RANK_MAX_CACHED_ROWID) size = RANK_MAX_CACHED_ROWID;
    int *grown = (int *)sqlite3_realloc64(c->length, sizeof(int) * (sqlite3_uint64)size);
    if (!grown) return SQLITE_OK; /* not kept; the length itself is right */
    memset(&grown[c->size], 0xff, sizeof(int) * (size_t)(size - c->size));
    c->length = grown;
    c->size = size;
  }
  c->length[rowid] = *out;
  return SQLITE_OK;
}

/* What one query's ranking needs for every row: computed on the first row, kept as auxdata. */
typedef struct QueryStats {
  int nPositive;      /* phrases scored: the first nPositive of the expression */
  int nCol;           /* columns of the table */
  double avgLength;   /* mean tokens per row, all columns */
  double *idf;        /* per scored phrase */
  double *weight;     /* per column */
} QueryStats;

static int countRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
  (void)api;
  (void)fts;
  (*(sqlite3_int64 *)user)++;
  return SQLITE_OK;
}

static int queryStats(const Fts5ExtensionApi *api, Fts5Context *fts, int nArg, sqlite3_value **args, QueryStats **out) {
  QueryStats *s = (QueryStats *)api->xGetAuxdata(fts, 0);
  if (s) {
    *out = s;
    return SQLITE_OK;
  }
  int nPhrase = api->xPhraseCount(fts);
  int nPositive = nArg > 0 ? sqlite3_value_int(args[0]) : nPhrase;
  if (nPositive < 1 || nPositive > nPhrase) nPositive = nPhrase;
  int nCol = api->xColumnCount(fts);
  LengthCache *cache = (LengthCache *)api->xUserData(fts);
  if (cache) checkLengthCache(cache, nCol);
  s = (QueryStats *)sqlite3_malloc64(sizeof(QueryStats) + sizeof(double) * (size_t)(nPositive + nCol));
  if (!s) return SQLITE_NOMEM;
  s->nPositive = nPositive;
  s->nCol = nCol;
  s->idf = (double *)&s[1];
  s->weight = &s->idf[nPositive];
  for (int c = 0; c < nCol; c++) s->weight[c] = (c + 1 < nArg) ? sqlite3_value_double(args[c + 1]) : 1.0;

  sqlite3_int64 nRow = 0, nToken = 0;
  int rc = api->xRowCount(fts, &nRow);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &nToken);
  s->avgLength = nRow > 0 ? (double)nToken / (double)nRow : 1.0;
  if (s->avgLength <= 0) s->avgLength = 1.0;

  for (int p = 0; rc == SQLITE_OK && p < nPositive; p++) {
    if (nPositive == 1) {
      s->idf[p] = 1.0; /* a constant factor: the order is the same without the counting pass */
      continue;
    }
    sqlite3_int64 nHit = 0;
    rc = api->xQueryPhrase(fts, p, (void *)&nHit, countRow);
    double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
    s->idf[p] = idf > 0 ? idf : RANK_MIN_IDF;
  }
  if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, s, sqlite3_free);
  if (rc != SQLITE_OK) {
    sqlite3_free(s);
    return rc;
  }
  *out = s;
  return SQLITE_OK;
}

static void dossierRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nArg, sqlite3_value **args) {
  QueryStats *s = 0;
  int rc = queryStats(api, fts, nArg, args, &s);
  int length = 0;
  LengthCache *cache = (LengthCache *)api->xUserData(fts);
  if (rc == SQLITE_OK) rc = rowLength(api, fts, cache && cache->nCol == s->nCol ? cache : 0, &length);
  double score = 0.0;
  double norm = RANK_K1 * (1.0 - RANK_B + RANK_B * (double)length / (s ? s->avgLength : 1.0));
  for (int p = 0; rc == SQLITE_OK && p < s->nPositive; p++) {
    Fts5PhraseIter it;
    int col = 0, off = 0;
    double freq = 0.0;
    rc = api->xPhraseFirst(fts, p, &it, &col, &off);
    while (rc == SQLITE_OK && col >= 0) {
      freq += col < s->nCol ? s->weight[col] : 1.0;
      api->xPhraseNext(fts, &it, &col, &off);
    }
    if (freq > 0) score += s->idf[p] * (freq * (RANK_K1 + 1.0)) / (freq + norm);
  }
  if (rc == SQLITE_OK) sqlite3_result_double(ctx, -score);
  else sqlite3_result_error_code(ctx, rc);
}

/* The fts5_api of a connection, as the FTS5 documentation describes: SELECT fts5(?1) with a pointer bound. */
static fts5_api *fts5Api(sqlite3 *db) {
  fts5_api *api = 0;
  sqlite3_stmt *stmt = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, 0) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_dossierrank_init(sqlite3 *db, char **error, const sqlite3_api_routines *routines) {
  SQLITE_EXTENSION_INIT2(routines);
  fts5_api *api = fts5Api(db);
  if (!api || api->iVersion < 2) {
    *error = sqlite3_mprintf("dossier_rank: this SQLite has no FTS5 (version 2 or later)");
    return SQLITE_ERROR;
  }
  LengthCache *cache = (LengthCache *)sqlite3_malloc64(sizeof(LengthCache));
  if (!cache) return SQLITE_NOMEM;
  memset(cache, 0, sizeof(LengthCache));
  cache->db = db;
  cache->nCol = -1;
  int rc = api->xCreateFunction(api, "dossier_rank", (void *)cache, dossierRank, freeLengthCache);
  if (rc != SQLITE_OK) freeLengthCache(cache);
  return rc;
}
