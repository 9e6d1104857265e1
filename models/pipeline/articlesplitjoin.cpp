#include "pipeline/articlesplitjoin.h"

#include "extract/publicationdate.h"
#include "ingest/document.h"
#include "ingest/importer.h"
#include "ingest/outletdetector.h"
#include "ingest/textcleaner.h"
#include "ingest/titleguesser.h"
#include "store/annotationstore.h"
#include "store/scopedtransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace Annalist {

namespace {

// A text article has its readable text mapped to its original; a web page's readable text was
// taken out of markup and has no such map, so there is no offset to cut both at.
bool isTextual(const ArticleRecord &article)
{
    return article.content == article.original || !article.offsetMap.isEmpty();
}

using PageStarts = QList<QPair<qint64, int>>;

PageStarts readPages(const QString &json)
{
    PageStarts pages;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &entry : array) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() == 2)
            pages.append({qint64(pair.at(0).toDouble()), pair.at(1).toInt()});
    }
    return pages;
}

QString writePages(const PageStarts &pages)
{
    if (pages.isEmpty())
        return {};
    QJsonArray array;
    for (const auto &[offset, page] : pages)
        array.append(QJsonArray{offset, page});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Cleaned text, map, hash, and what the text itself says of its date and outlet: as the import
// derives them for each article of a file.
void deriveText(ArticleRecord &record, const ArticleRecord &inheritFrom)
{
    CleanText clean = TextCleaner::clean(record.original);
    record.content = std::move(clean.text);
    record.offsetMap = clean.map.isIdentity() ? QByteArray() : clean.map.toBytes();
    record.contentHash = ArticleStore::contentHash(record.content);
    record.published = inheritFrom.published;
    record.publishedSource = inheritFrom.publishedSource;
    if (inheritFrom.publishedSource != dateSourceName(DateSource::User)) {
        const Extract::PublicationDate dateline = Extract::detectPublicationDate(record.content);
        if (dateline.isValid()) {
            record.published = dateline.date;
            record.publishedSource = dateSourceName(DateSource::Text);
        }
    }
    record.source = inheritFrom.source;
    if (record.source.isEmpty())
        record.source = detectOutlet(record.content);
}

} // namespace

ArticleSplitJoin::ArticleSplitJoin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ArticleSplitJoin::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString ArticleSplitJoin::splitProblem(const ArticleRecord &article, qsizetype at)
{
    if (!isTextual(article))
        return QCoreApplication::translate("Annalist::ArticleSplitJoin",
                                           "Only text articles can be split; “%1” was read from a %2 file.")
            .arg(article.title, article.format);
    if (at <= 0 || at >= article.original.size() || isBlank(QStringView(article.original).left(at))
        || isBlank(QStringView(article.original).mid(at)))
        return QCoreApplication::translate("Annalist::ArticleSplitJoin",
                                           "Place the cursor between two stretches of text to split the article "
                                           "there.");
    return {};
}

std::optional<ArticleEdit> ArticleSplitJoin::split(qint64 articleId, qsizetype at)
{
    m_error.clear();
    ArticleStore articles(m_db);
    const std::optional<ArticleRecord> whole = articles.article(articleId);
    if (!whole) {
        fail(articles.errorString());
        return std::nullopt;
    }
    if (const QString problem = splitProblem(*whole, at); !problem.isEmpty()) {
        fail(problem);
        return std::nullopt;
    }

    ArticleRecord first = *whole;
    first.original = whole->original.left(at);
    first.rangeEnd = whole->rangeStart + at;
    deriveText(first, *whole);
    first.title = whole->title;

    ArticleRecord second = *whole;
    second.id = 0;
    second.original = whole->original.mid(at);
    second.rangeStart = whole->rangeStart + at;
    second.rangeEnd = whole->rangeEnd;
    deriveText(second, *whole);
    second.title = guessTitle(second.content);
    if (second.title.isEmpty())
        second.title = QCoreApplication::translate("Annalist::ArticleSplitJoin", "%1 (continued)").arg(whole->title);

    // Page starts follow the text; the second part starts on the page the cut is on.
    const PageStarts pages = readPages(whole->pageStarts);
    PageStarts firstPages, secondPages;
    for (const auto &[offset, page] : pages) {
        if (offset < at)
            firstPages.append({offset, page});
        else
            secondPages.append({offset - at, page});
    }
    if (!firstPages.isEmpty() && (secondPages.isEmpty() || secondPages.constFirst().first > 0))
        secondPages.prepend({0, firstPages.constLast().second});
    first.pageStarts = writePages(firstPages);
    second.pageStarts = writePages(secondPages);

    SplitJoinStore store(m_db);
    ScopedTransaction transaction(m_db);
    ArticleEdit edit;
    edit.kind = ArticleEdit::Kind::Split;
    edit.first = articleId;
    std::optional<ArticleSnapshot> before = store.capture({articleId});
    std::optional<qint64> secondId = before ? store.applySplit(first, second, at) : std::nullopt;
    if (secondId && !reanchor({articleId, *secondId}))
        return std::nullopt;
    std::optional<ArticleSnapshot> after = secondId ? store.capture({articleId, *secondId}) : std::nullopt;
    if (!after) {
        fail(store.errorString());
        return std::nullopt;
    }
    if (!transaction.commit()) {
        fail(m_db.lastError().text());
        return std::nullopt;
    }
    edit.second = *secondId;
    edit.before = std::move(*before);
    edit.after = std::move(*after);
    return edit;
}

std::optional<ArticleEdit> ArticleSplitJoin::join(qint64 articleId, qint64 otherId)
{
    m_error.clear();
    ArticleStore articles(m_db);
    std::optional<ArticleRecord> a = articles.article(articleId);
    std::optional<ArticleRecord> b = a ? articles.article(otherId) : std::nullopt;
    if (!b) {
        fail(articles.errorString());
        return std::nullopt;
    }
    if (articleId == otherId) {
        fail(QCoreApplication::translate("Annalist::ArticleSplitJoin", "An article cannot be joined with itself."));
        return std::nullopt;
    }
    if (b->rangeStart < a->rangeStart)
        std::swap(a, b);
    const auto notAdjacent = [&] {
        fail(QCoreApplication::translate("Annalist::ArticleSplitJoin",
                                         "Only articles that follow each other in the same file can be joined: "
                                         "“%1” and “%2” do not.")
                 .arg(a->title, b->title));
        return std::nullopt;
    };
    if (a->filePath != b->filePath || a->rangeEnd < 0 || a->rangeEnd > b->rangeStart)
        return notAdjacent();
    if (!isTextual(*a) || !isTextual(*b)) {
        fail(QCoreApplication::translate("Annalist::ArticleSplitJoin", "Only text articles can be joined."));
        return std::nullopt;
    }
    // What lies between them in the file (the splitter leaves "[2]" markers and blank lines
    // out) belongs to the joined article; another article there means they are not neighbours.
    QString between;
    if (a->rangeEnd < b->rangeStart) {
        const std::optional<bool> inBetween = SplitJoinStore(m_db).hasArticleBetween(a->filePath, a->rangeEnd,
                                                                                     b->rangeStart);
        if (!inBetween) {
            fail(SplitJoinStore(m_db).errorString());
            return std::nullopt;
        }
        if (*inBetween)
            return notAdjacent();
        const std::optional<QString> gap = fileText(a->filePath, *a, *b);
        if (!gap)
            return std::nullopt;
        between = *gap;
    }

    ArticleRecord merged = *a;
    merged.original = a->original + between + b->original;
    merged.rangeEnd = b->rangeEnd;
    deriveText(merged, *a);
    if (!merged.published.isValid() && b->published.isValid()) {
        merged.published = b->published;
        merged.publishedSource = b->publishedSource;
    }
    if (merged.source.isEmpty())
        merged.source = b->source;
    merged.title = a->title;
    const qsizetype shift = a->original.size() + between.size();
    PageStarts pages = readPages(a->pageStarts);
    const PageStarts rest = readPages(b->pageStarts);
    for (const auto &[offset, page] : rest) {
        if (offset == 0 && !pages.isEmpty() && pages.constLast().second == page)
            continue; // the same page goes on
        pages.append({offset + shift, page});
    }
    merged.pageStarts = writePages(pages);

    SplitJoinStore store(m_db);
    ScopedTransaction transaction(m_db);
    ArticleEdit edit;
    edit.kind = ArticleEdit::Kind::Join;
    edit.first = a->id;
    edit.second = b->id;
    std::optional<ArticleSnapshot> before = store.capture({a->id, b->id});
    const bool joined = before && store.applyJoin(merged, b->id, shift);
    if (joined && !reanchor({a->id}))
        return std::nullopt;
    std::optional<ArticleSnapshot> after = joined ? store.capture({a->id}) : std::nullopt;
    if (!after) {
        fail(store.errorString());
        return std::nullopt;
    }
    if (!transaction.commit()) {
        fail(m_db.lastError().text());
        return std::nullopt;
    }
    edit.before = std::move(*before);
    edit.after = std::move(*after);
    return edit;
}

std::optional<QString> ArticleSplitJoin::fileText(const QString &path, const ArticleRecord &a, const ArticleRecord &b)
{
    // Read again as the import read it; both articles must still be where they were.
    const ReadResult read = ImporterRegistry().readFile(path);
    for (const ParsedDocument &doc : read.documents) {
        const QString &text = doc.original;
        if (b.rangeStart <= text.size() && QStringView(text).mid(a.rangeStart, a.original.size()) == a.original
            && QStringView(text).mid(b.rangeStart, b.original.size()) == b.original)
            return text.mid(a.rangeEnd, b.rangeStart - a.rangeEnd);
    }
    fail(QCoreApplication::translate("Annalist::ArticleSplitJoin",
                                     "The text between “%1” and “%2” has to be read from %3, which is no longer "
                                     "the file they were imported from%4.")
             .arg(a.title, b.title, QDir::toNativeSeparators(path),
                  read.ok() ? QString() : QStringLiteral(" (") + read.error + QLatin1Char(')')));
    return std::nullopt;
}

bool ArticleSplitJoin::reanchor(const QList<qint64> &articleIds)
{
    // Passages moved with their text; one cut through by a split is found again or orphaned.
    AnnotationStore annotations(m_db);
    for (qint64 id : articleIds) {
        if (!annotations.reanchor(id))
            return fail(annotations.errorString());
    }
    return true;
}

bool ArticleSplitJoin::restore(const ArticleSnapshot &snapshot, const QList<qint64> &alsoRemove)
{
    m_error.clear();
    SplitJoinStore store(m_db);
    ScopedTransaction transaction(m_db);
    if (!store.restore(snapshot, alsoRemove))
        return fail(store.errorString());
    if (!transaction.commit())
        return fail(m_db.lastError().text());
    return true;
}

bool ArticleSplitJoin::undo(const ArticleEdit &edit)
{
    // Undoing a split removes the new part; undoing a join brings the merged article back.
    return restore(edit.before, edit.after.articleIds);
}

bool ArticleSplitJoin::redo(const ArticleEdit &edit)
{
    return restore(edit.after, edit.before.articleIds);
}

} // namespace Annalist
