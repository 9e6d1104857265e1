#include "itemmodels/annotationexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Annalist::AnnotationExport {

namespace {

QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray toCsv(const QList<AnnotationRow> &rows)
{
    QString out = QStringLiteral("id,article,title,start,length,quote,note,tags,color,status,created,modified\r\n");
    for (const AnnotationRow &row : rows) {
        const Annotation &a = row.annotation;
        const QStringList fields = {QString::number(a.id),
                                    QString::number(a.articleId),
                                    csvField(row.articleTitle),
                                    QString::number(a.start),
                                    QString::number(a.length),
                                    csvField(a.quote),
                                    csvField(a.note),
                                    csvField(a.tags.join(QStringLiteral("; "))),
                                    csvField(a.color),
                                    anchorStatusName(a.status),
                                    isoUtc(a.createdAt),
                                    isoUtc(a.modifiedAt)};
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray toJson(const QList<AnnotationRow> &rows)
{
    QJsonArray array;
    for (const AnnotationRow &row : rows) {
        const Annotation &a = row.annotation;
        QJsonObject object;
        object.insert(QStringLiteral("id"), a.id);
        object.insert(QStringLiteral("article"), a.articleId);
        object.insert(QStringLiteral("start"), qint64(a.start));
        object.insert(QStringLiteral("length"), qint64(a.length));
        object.insert(QStringLiteral("quote"), a.quote);
        object.insert(QStringLiteral("note"), a.note);
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
        object.insert(QStringLiteral("color"), a.color);
        object.insert(QStringLiteral("status"), anchorStatusName(a.status));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool write(const QString &path, Format format, const QList<AnnotationRow> &rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Annalist::AnnotationExport", "%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray data = format == Format::Csv ? toCsv(rows) : toJson(rows);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Annalist::AnnotationExport", "%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Annalist::AnnotationExport
