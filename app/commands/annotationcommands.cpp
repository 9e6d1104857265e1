#include "commands/annotationcommands.h"

#include "commands/commandsupport.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/scopedtransaction.h"
#include "store/tagstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>

namespace Annalist {

namespace {

void addArticleOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("article"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "The article's id (see 'annalist list')."),
                      QStringLiteral("ID")});
}

bool articleExists(ArticleStore &articles, qint64 id, CommandIo &io, const QString &command)
{
    if (!articles.summaries({id}).isEmpty())
        return true;
    io.err << QStringLiteral("annalist %1: ").arg(command)
           << QCoreApplication::translate("Annalist::AnnotationCommands", "there is no article %1").arg(id) << Qt::endl;
    return false;
}

} // namespace

QString TagCommand::summary() const
{
    return QCoreApplication::translate("Annalist::AnnotationCommands",
                                       "Add tags to an article or remove them (tags are paths: policy/export-controls).");
}

int TagCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + QCoreApplication::translate("Annalist::AnnotationCommands",
                                      "Missing parent tags are created. All changes are made together or not at all; "
                                      "the article's tags are printed afterwards."));
    CommandSupport::addDatabaseOption(parser);
    addArticleOption(parser);
    parser.addOption({QStringLiteral("add"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "Tag the article (may be repeated)."),
                      QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("remove"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "Take a tag off the article (may be repeated)."),
                      QStringLiteral("TAG")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    if (!CommandSupport::noPositionalArguments(parser, io, name()))
        return ExitUsage;
    const std::optional<qint64> articleId = CommandSupport::numberOption(parser, QStringLiteral("article"), 1, io, name());
    if (!articleId)
        return ExitUsage;
    const QStringList added = parser.values(QStringLiteral("add"));
    const QStringList removed = parser.values(QStringLiteral("remove"));
    if (added.isEmpty() && removed.isEmpty()) {
        io.err << QCoreApplication::translate("Annalist::AnnotationCommands", "annalist tag: give --add TAG or --remove TAG.")
               << Qt::endl;
        return ExitUsage;
    }
    for (const QString &tag : added + removed) {
        if (TagStore::normalizedPath(tag).isEmpty()) {
            io.err << QCoreApplication::translate("Annalist::AnnotationCommands", "annalist tag: “%1” is not a tag name.")
                          .arg(tag)
                   << Qt::endl;
            return ExitUsage;
        }
    }

    Database db(CommandSupport::databasePath(parser));
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    ArticleStore articles(db.connection());
    if (!articleExists(articles, *articleId, io, name()))
        return ExitFailure;
    TagStore tags(db.connection());
    ScopedTransaction transaction(db.connection());
    for (const QString &path : removed) {
        const std::optional<Tag> tag = tags.tagByName(path);
        const std::optional<QList<Tag>> carried = tags.tagsOf(*articleId);
        if (!carried) {
            io.err << QStringLiteral("annalist tag: ") << tags.errorString() << Qt::endl;
            return ExitFailure;
        }
        const bool carries = tag && std::any_of(carried->cbegin(), carried->cend(), [&](const Tag &t) { return t.id == tag->id; });
        if (!carries) {
            io.err << QCoreApplication::translate("Annalist::AnnotationCommands",
                                                  "annalist tag: article %1 is not tagged “%2”; nothing was changed.")
                          .arg(*articleId)
                          .arg(TagStore::normalizedPath(path))
                   << Qt::endl;
            return ExitFailure;
        }
        if (!tags.unassign(*articleId, tag->id)) {
            io.err << QStringLiteral("annalist tag: ") << tags.errorString() << Qt::endl;
            return ExitFailure;
        }
    }
    for (const QString &path : added) {
        const std::optional<qint64> tagId = tags.ensureTag(path);
        if (!tagId || !tags.assign(*articleId, *tagId)) {
            io.err << QStringLiteral("annalist tag: ") << tags.errorString() << Qt::endl;
            return ExitFailure;
        }
    }
    if (!transaction.commit()) {
        io.err << QStringLiteral("annalist tag: ") << db.connection().lastError().text() << Qt::endl;
        return ExitFailure;
    }
    const std::optional<QList<Tag>> now = tags.tagsOf(*articleId);
    if (!now) {
        io.err << QStringLiteral("annalist tag: ") << tags.errorString() << Qt::endl;
        return ExitFailure;
    }
    for (const Tag &tag : *now)
        io.out << tag.name << Qt::endl;
    return ExitOk;
}

QString AnnotateCommand::summary() const
{
    return QCoreApplication::translate("Annalist::AnnotationCommands", "Highlight a passage of an article, with tags and a note.");
}

int AnnotateCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + QCoreApplication::translate("Annalist::AnnotationCommands",
                                      "The passage is given in UTF-16 positions of the article's original text, as the "
                                      "reader shows it. Prints the new annotation's id."));
    CommandSupport::addDatabaseOption(parser);
    addArticleOption(parser);
    parser.addOption({QStringLiteral("start"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "Where the passage begins."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("length"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "How long the passage is."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("color"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "Highlight colour: %1 (default yellow).")
                          .arg(highlightColorNames().join(QStringLiteral(", "))),
                      QStringLiteral("NAME"), QStringLiteral("yellow")});
    parser.addOption({QStringLiteral("tag"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "Tag the passage (may be repeated)."),
                      QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("note"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "A note on the passage."),
                      QStringLiteral("TEXT")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    if (!CommandSupport::noPositionalArguments(parser, io, name()))
        return ExitUsage;
    const auto articleId = CommandSupport::numberOption(parser, QStringLiteral("article"), 1, io, name());
    const auto start = articleId ? CommandSupport::numberOption(parser, QStringLiteral("start"), 0, io, name())
                                 : std::nullopt;
    const auto length = start ? CommandSupport::numberOption(parser, QStringLiteral("length"), 1, io, name())
                              : std::nullopt;
    if (!length)
        return ExitUsage;
    const QString color = parser.value(QStringLiteral("color")).trimmed().toLower();
    if (!highlightColorNames().contains(color)) {
        io.err << QCoreApplication::translate("Annalist::AnnotationCommands",
                                              "annalist annotate: “%1” is not a highlight colour; choose one of %2.")
                      .arg(parser.value(QStringLiteral("color")), highlightColorNames().join(QStringLiteral(", ")))
               << Qt::endl;
        return ExitUsage;
    }
    Annotation annotation;
    annotation.articleId = *articleId;
    annotation.start = *start;
    annotation.length = *length;
    annotation.color = color;
    annotation.note = parser.value(QStringLiteral("note"));
    for (const QString &tag : parser.values(QStringLiteral("tag"))) {
        const QString path = TagStore::normalizedPath(tag);
        if (path.isEmpty()) {
            io.err << QCoreApplication::translate("Annalist::AnnotationCommands", "annalist annotate: “%1” is not a tag name.")
                          .arg(tag)
                   << Qt::endl;
            return ExitUsage;
        }
        annotation.tags << path;
    }

    Database db(CommandSupport::databasePath(parser));
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    AnnotationStore store(db.connection());
    const std::optional<qint64> id = store.create(annotation);
    if (!id) {
        io.err << QStringLiteral("annalist annotate: ") << store.errorString() << Qt::endl;
        return ExitFailure;
    }
    io.out << *id << Qt::endl;
    return ExitOk;
}

QString AnnotationsCommand::summary() const
{
    return QCoreApplication::translate("Annalist::AnnotationCommands", "List the highlighted passages, their notes and tags.");
}

int AnnotationsCommand::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n')
        + QCoreApplication::translate("Annalist::AnnotationCommands",
                                      "status is anchored, fuzzy (found again after the text changed) or orphaned "
                                      "(no longer found; kept with its quote)."));
    CommandSupport::addDatabaseOption(parser);
    CommandSupport::addJsonOption(parser);
    parser.addOption({QStringLiteral("tag"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "Only passages with this tag or one below it."),
                      QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("article"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "Only passages of this article."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("color"),
                      QCoreApplication::translate("Annalist::AnnotationCommands", "Only passages highlighted in this colour."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("text"),
                      QCoreApplication::translate("Annalist::AnnotationCommands",
                                                  "Only passages whose quote or note matches (search syntax)."),
                      QStringLiteral("QUERY")});
    int exitCode = ExitOk;
    if (!CommandSupport::parse(parser, arguments, io, &exitCode))
        return exitCode;
    if (!CommandSupport::noPositionalArguments(parser, io, name()))
        return ExitUsage;
    AnnotationFilter filter;
    if (parser.isSet(QStringLiteral("article"))) {
        const auto articleId = CommandSupport::numberOption(parser, QStringLiteral("article"), 1, io, name());
        if (!articleId)
            return ExitUsage;
        filter.articleId = *articleId;
    }
    filter.tag = parser.value(QStringLiteral("tag"));
    if (parser.isSet(QStringLiteral("tag")) && TagStore::normalizedPath(filter.tag).isEmpty()) {
        io.err << QCoreApplication::translate("Annalist::AnnotationCommands", "annalist annotations: “%1” is not a tag name.")
                      .arg(filter.tag)
               << Qt::endl;
        return ExitUsage;
    }
    filter.color = parser.value(QStringLiteral("color")).trimmed().toLower();
    if (!filter.color.isEmpty() && !highlightColorNames().contains(filter.color)) {
        io.err << QCoreApplication::translate("Annalist::AnnotationCommands",
                                              "annalist annotations: “%1” is not a highlight colour; choose one of %2.")
                      .arg(parser.value(QStringLiteral("color")), highlightColorNames().join(QStringLiteral(", ")))
               << Qt::endl;
        return ExitUsage;
    }
    filter.text = parser.value(QStringLiteral("text"));

    Database db(CommandSupport::databasePath(parser));
    if (!CommandSupport::openExisting(db, io, name()))
        return ExitFailure;
    AnnotationStore store(db.connection());
    const std::optional<QList<Annotation>> list = store.annotations(filter);
    if (!list) {
        io.err << QStringLiteral("annalist annotations: ") << store.errorString() << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Annotation &a : *list) {
            array.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("article"), a.articleId},
                {QStringLiteral("start"), qint64(a.start)},
                {QStringLiteral("length"), qint64(a.length)},
                {QStringLiteral("quote"), a.quote},
                {QStringLiteral("note"), a.note},
                {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                {QStringLiteral("color"), a.color},
                {QStringLiteral("status"), anchorStatusName(a.status)},
            });
        }
        CommandSupport::writeJson(io, array);
        return ExitOk;
    }
    for (const Annotation &a : *list) {
        io.out << QStringLiteral("#%1  article %2  %3+%4  %5  %6")
                      .arg(a.id)
                      .arg(a.articleId)
                      .arg(a.start)
                      .arg(a.length)
                      .arg(a.color, anchorStatusName(a.status));
        if (!a.tags.isEmpty())
            io.out << QStringLiteral("  [") << a.tags.join(QStringLiteral(", ")) << QLatin1Char(']');
        io.out << QStringLiteral("\n    “") << a.quote.simplified() << QStringLiteral("”") << Qt::endl;
        if (!a.note.isEmpty())
            io.out << QStringLiteral("    ") << QString(a.note).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
                   << Qt::endl;
    }
    if (list->isEmpty())
        io.err << QCoreApplication::translate("Annalist::AnnotationCommands", "No annotations.") << Qt::endl;
    return ExitOk;
}

} // namespace Annalist
