#include "store/searchquery.h"

#include <QTest>

using namespace Annalist;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts");
        QTest::newRow("word") << "zhipu" << "\"zhipu\"";
        QTest::newRow("implicit and") << "zhipu tsinghua" << "\"zhipu\" AND \"tsinghua\"";
        QTest::newRow("phrase") << "\"export controls\"" << "\"export controls\"";
        QTest::newRow("phrase spacing") << "\"  export   controls \"" << "\"export controls\"";
        QTest::newRow("prefix") << "regulat*" << "\"regulat\"*";
        QTest::newRow("phrase prefix") << "\"large lang\"*" << "\"large lang\"*";
        QTest::newRow("or") << "chips OR semiconductors" << "\"chips\" OR \"semiconductors\"";
        QTest::newRow("not") << "ai NOT openai" << "\"ai\" NOT \"openai\"";
        QTest::newRow("and explicit") << "a AND b" << "\"a\" AND \"b\"";
        QTest::newRow("parentheses") << "(zhipu OR moonshot) AND \"entity list\""
                                     << "(\"zhipu\" OR \"moonshot\") AND \"entity list\"";
        QTest::newRow("nested") << "((a))" << "((\"a\"))";
        QTest::newRow("lower-case operators are words") << "war and peace" << "\"war\" AND \"and\" AND \"peace\"";
        QTest::newRow("fts syntax is quoted") << "title:secret NEAR/2" << "\"title:secret\" AND \"NEAR/2\"";
        QTest::newRow("sql is quoted") << "x'; DROP TABLE articles; --"
                                       << "\"x';\" AND \"DROP\" AND \"TABLE\" AND \"articles;\" AND \"--\"";
        QTest::newRow("unicode") << "智谱 Zürich" << "\"智谱\" AND \"Zürich\"";
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QCOMPARE(query.ftsExpression(), fts);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("position");
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("blank") << "   " << 0;
        QTest::newRow("open quote") << "ai \"export" << 3;
        QTest::newRow("empty phrase") << "\"\"" << 0;
        QTest::newRow("unclosed paren") << "(a OR b" << 0;
        QTest::newRow("stray close") << "a)" << 1;
        QTest::newRow("empty parens") << "a ()" << 2;
        QTest::newRow("leading or") << "OR a" << 0;
        QTest::newRow("trailing and") << "a AND" << 5;
        QTest::newRow("double operator") << "a AND OR b" << 6;
        QTest::newRow("leading not") << "NOT a" << 0;
        QTest::newRow("lonely star") << "a *" << 2;
    }
    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(int, position);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(!query.isValid());
        QVERIFY(!query.errorString().isEmpty());
        QVERIFY(query.ftsExpression().isEmpty());
        QCOMPARE(query.errorPosition(), qsizetype(position));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
