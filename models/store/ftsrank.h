#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Annalist {

// annalist_bm25(articles_fts, weight...): the bm25 score of FTS5's own bm25() — the same
// formula, constants and result — without FTS5's per-row lookup of the document length.
//
// bm25 divides a word's frequency by the document's length in tokens. FTS5 reads that length
// for every matching row with a statement on its docsize table, and for a common word on 100,000
// articles those lookups were two thirds of the time of a ranked first page. Here the lengths
// of all articles sit in an array per connection, loaded once and brought up to date before
// each ranked statement: rows added since are read (new ids are higher), and when an article
// was changed or deleted (the articles_fts_changes counter, counted by triggers) the array is
// read again. A row the array does not know is looked up as FTS5 does.
namespace FtsRank {

// Registers annalist_bm25 on the connection (Database::open() does it for every connection).
bool install(const QSqlDatabase &db, QString *error);

// The SQL of the article ranking: bm25 with the title weighing five times the body.
inline constexpr const char *articleRank = "annalist_bm25(articles_fts, 5.0, 1.0)";

} // namespace FtsRank

} // namespace Annalist
