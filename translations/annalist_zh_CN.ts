<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Annalist::AnalystEditor</name>
    <message>
        <location filename="../models/itemmodels/analysteditor.cpp" line="+119"/>
        <location line="+30"/>
        <source>Type a tag name; use / for levels, as in policy/export-controls.</source>
        <translation>请输入标签名称；用 / 分隔层级，例如 policy/export-controls。</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+22"/>
        <location line="+44"/>
        <location line="+20"/>
        <location line="+25"/>
        <location line="+16"/>
        <location line="+32"/>
        <location line="+17"/>
        <location line="+10"/>
        <location line="+19"/>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>A tag “%1” exists already.</source>
        <translation>标签“%1”已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tag cannot move below itself.</source>
        <translation>标签不能移到其自身之下。</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The database did not accept the change: %1</source>
        <translation>数据库未接受此更改：%1</translation>
    </message>
    <message>
        <location line="+312"/>
        <location line="+17"/>
        <source>Give the search a name.</source>
        <translation>请为搜索命名。</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationCommands</name>
    <message>
        <location filename="../app/commands/annotationcommands.cpp" line="+23"/>
        <source>The article&apos;s id (see &apos;annalist list&apos;).</source>
        <translation>文章的 ID（参见 &apos;annalist list&apos;）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no article %1</source>
        <translation>不存在文章 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add tags to an article or remove them (tags are paths: policy/export-controls).</source>
        <translation>为文章添加或移除标签（标签为路径形式：policy/export-controls）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing parent tags are created. All changes are made together or not at all; the article&apos;s tags are printed afterwards.</source>
        <translation>缺少的上级标签会自动创建。所有更改要么全部生效，要么全部不生效；完成后输出文章的标签。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag the article (may be repeated).</source>
        <translation>为文章添加标签（可重复使用）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a tag off the article (may be repeated).</source>
        <translation>移除文章的标签（可重复使用）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annalist tag: give --add TAG or --remove TAG.</source>
        <translation>annalist tag：请提供 --add TAG 或 --remove TAG。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annalist tag: “%1” is not a tag name.</source>
        <translation>annalist tag：“%1”不是标签名称。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>annalist tag: article %1 is not tagged “%2”; nothing was changed.</source>
        <translation>annalist tag：文章 %1 没有标签“%2”；未做任何更改。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Highlight a passage of an article, with tags and a note.</source>
        <translation>高亮文章中的一个片段，并附加标签和笔记。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passage is given in UTF-16 positions of the article&apos;s original text, as the reader shows it. Prints the new annotation&apos;s id.</source>
        <translation>片段以文章原始文本（即阅读器中显示的文本）的 UTF-16 位置指定。输出新批注的 ID。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the passage begins.</source>
        <translation>片段的起始位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the passage is.</source>
        <translation>片段的长度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight colour: %1 (default yellow).</source>
        <translation>高亮颜色：%1（默认为 yellow）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag the passage (may be repeated).</source>
        <translation>为片段添加标签（可重复使用）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note on the passage.</source>
        <translation>片段的笔记。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>annalist annotate: “%1” is not a highlight colour; choose one of %2.</source>
        <translation>annalist annotate：“%1”不是高亮颜色；请从 %2 中选择。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>annalist annotate: “%1” is not a tag name.</source>
        <translation>annalist annotate：“%1”不是标签名称。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>List the highlighted passages, their notes and tags.</source>
        <translation>列出高亮的片段及其笔记和标签。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status is anchored, fuzzy (found again after the text changed) or orphaned (no longer found; kept with its quote).</source>
        <translation>status 为 anchored（已锚定）、fuzzy（文本更改后重新找到）或 orphaned（已找不到；保留其引文）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only passages with this tag or one below it.</source>
        <translation>仅列出带有此标签或其下级标签的片段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only passages of this article.</source>
        <translation>仅列出此文章中的片段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only passages highlighted in this colour.</source>
        <translation>仅列出以此颜色高亮的片段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only passages whose quote or note matches (search syntax).</source>
        <translation>仅列出引文或笔记匹配的片段（使用搜索语法）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>annalist annotations: “%1” is not a tag name.</source>
        <translation>annalist annotations：“%1”不是标签名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>annalist annotations: “%1” is not a highlight colour; choose one of %2.</source>
        <translation>annalist annotations：“%1”不是高亮颜色；请从 %2 中选择。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No annotations.</source>
        <translation>没有批注。</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationDialog</name>
    <message>
        <location filename="../views/annotationdialog.cpp" line="+55"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Comma-separated, e.g. policy/export-controls</source>
        <translation>以逗号分隔，例如 policy/export-controls</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your note on this passage</source>
        <translation>你对此片段的笔记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationEditor</name>
    <message>
        <location filename="../models/itemmodels/annotationeditor.cpp" line="+65"/>
        <location line="+21"/>
        <location line="+20"/>
        <location line="+14"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationExport</name>
    <message>
        <location filename="../models/itemmodels/annotationexport.cpp" line="+79"/>
        <location line="+7"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationListModel</name>
    <message>
        <location filename="../models/itemmodels/annotationlistmodel.cpp" line="+192"/>
        <source>Anchored</source>
        <translation>已锚定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-anchored</source>
        <translation>已重新锚定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned</source>
        <translation>已孤立</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Created %1, changed %2</source>
        <translation>创建于 %1，修改于 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passage was not found in the article&apos;s current text; the quote is kept here.</source>
        <translation>在文章的当前文本中找不到该片段；引文保留在此处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article&apos;s text changed; the passage was found again nearby or approximately.</source>
        <translation>文章的文本已更改；已在附近或以近似方式重新找到该片段。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationStore</name>
    <message>
        <location filename="../models/store/annotationstore.cpp" line="+124"/>
        <source>There is no article %1.</source>
        <translation>不存在文章 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An annotation needs a passage of at least one character.</source>
        <translation>批注的片段至少需要一个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passage %1–%2 lies outside the article&apos;s text (%3 characters).</source>
        <translation>片段 %1–%2 超出了文章文本的范围（共 %3 个字符）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” is not a highlight colour; choose one of %2.</source>
        <translation>“%1”不是高亮颜色；请从 %2 中选择。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only a stored annotation can be restored.</source>
        <translation>只能恢复已存储的批注。</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+16"/>
        <source>There is no annotation %1.</source>
        <translation>不存在批注 %1。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Character %1: %2</source>
        <translation>第 %1 个字符：%2</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationWorkbench</name>
    <message>
        <location filename="../views/annotationworkbench.cpp" line="+32"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight with &amp;Note…</source>
        <translation>高亮并添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ctrl+H</source>
        <comment>Highlight Selection</comment>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight the selected passage in the current colour</source>
        <translation>以当前颜色高亮所选片段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+H</source>
        <comment>Highlight with Note</comment>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight the selected passage with a colour, tags and a note</source>
        <translation>以指定颜色高亮所选片段，并添加标签和笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The highlight was not changed: %1</source>
        <translation>高亮未更改：%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The highlights of this article could not be read: %1</source>
        <translation>无法读取此文章的高亮：%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+43"/>
        <source>The highlight could not be read: %1</source>
        <translation>无法读取高亮：%1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Edit Highlight</source>
        <translation>编辑高亮</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This passage is no longer found in the article&apos;s text: “%1”</source>
        <translation>在文章文本中已找不到此片段：“%1”</translation>
    </message>
</context>
<context>
    <name>Annalist::AnnotationsPane</name>
    <message>
        <location filename="../views/annotationspane.cpp" line="+80"/>
        <source>Search quotes and notes</source>
        <translation>搜索引文和笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only annotations with this tag (or a tag below it)</source>
        <translation>仅显示带有此标签（或其下级标签）的批注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only highlights of this colour</source>
        <translation>仅显示此颜色的高亮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only passages that mention this entity</source>
        <translation>仅显示提及此实体的片段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the listed annotations</source>
        <translation>导出列出的批注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;JSON…</source>
        <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any colour</source>
        <translation>任意颜色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any entity</source>
        <translation>任意实体</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n 条已孤立</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Open at Passage</source>
        <translation>在片段处打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Highlight…</source>
        <translation>编辑高亮(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条批注导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleEditCommand</name>
    <message>
        <location filename="../views/articleeditcommand.cpp" line="+20"/>
        <source>Split “%1”</source>
        <translation>拆分“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join “%1”</source>
        <translation>合并“%1”</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleListModel</name>
    <message>
        <location filename="../models/itemmodels/articlelistmodel.cpp" line="+191"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>≈ copy of #%1</source>
        <translation>≈ #%1 的副本</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n copy(s)</source>
        <translation>
            <numerusform>%n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A near-duplicate of article #%1: about %2% of its wording is the same. Show Differences (context menu) compares the two.</source>
        <translation>文章 #%1 的近似重复：约 %2% 的措辞相同。使用“显示差异”（右键菜单）可比较两者。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n near-duplicate copy(s) of this article, e.g. the same wire story in another bundle. Sort by this column to list them together.</source>
        <translation>
            <numerusform>此文章有 %n 个近似重复的副本，例如另一批稿件中的同一篇通讯社报道。按此列排序可将它们排在一起。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
Tags: %2</source>
        <translation>%1
标签：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies</source>
        <translation>副本</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleListPane</name>
    <message>
        <location filename="../views/articlelistpane.cpp" line="+27"/>
        <source>Search text: words, &quot;phrases&quot;, prefix*, AND, OR, NOT, ( )</source>
        <translation>搜索文本：词语、&quot;短语&quot;、前缀*、AND、OR、NOT、( )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>全文搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by title or source</source>
        <translation>按标题或来源筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter articles</source>
        <translation>筛选文章</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Search problem: %1</source>
        <translation>搜索有误：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n 篇匹配的文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleSplitJoin</name>
    <message>
        <location filename="../models/pipeline/articlesplitjoin.cpp" line="+91"/>
        <source>Only text articles can be split; “%1” was read from a %2 file.</source>
        <translation>只能拆分文本文章；“%1”读取自 %2 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place the cursor between two stretches of text to split the article there.</source>
        <translation>请将光标放在两段文本之间，以在该处拆分文章。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>An article cannot be joined with itself.</source>
        <translation>文章不能与自身合并。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only articles that follow each other in the same file can be joined: “%1” and “%2” do not.</source>
        <translation>只能合并同一文件中前后相邻的文章：“%1”和“%2”并不相邻。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only text articles can be joined.</source>
        <translation>只能合并文本文章。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The text between “%1” and “%2” has to be read from %3, which is no longer the file they were imported from%4.</source>
        <translation>“%1”和“%2”之间的文本需要从 %3 读取，但该文件已不再是它们导入时的文件%4。</translation>
    </message>
</context>
<context>
    <name>Annalist::ArticleStore</name>
    <message>
        <location filename="../models/store/articlestore.cpp" line="+62"/>
        <source>Character %1: %2</source>
        <translation>第 %1 个字符：%2</translation>
    </message>
    <message>
        <location line="+351"/>
        <location line="+102"/>
        <location line="+31"/>
        <source>There is no article %1.</source>
        <translation>不存在文章 %1。</translation>
    </message>
</context>
<context>
    <name>Annalist::CommandRegistry</name>
    <message>
        <location filename="../app/commands/commandregistry.cpp" line="+49"/>
        <source>Usage: annalist [--db FILE] [PATH...]
       annalist COMMAND [OPTIONS]

Without a command, opens the window (and imports any PATH given).

Commands (run without a window):
</source>
        <translation>用法：annalist [--db FILE] [PATH...]
      annalist COMMAND [OPTIONS]

不带命令时打开窗口（并导入给出的每个 PATH）。

命令（不打开窗口运行）：
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
&apos;annalist COMMAND --help&apos; describes a command&apos;s options.
</source>
        <translation>
运行 &apos;annalist COMMAND --help&apos; 可查看某个命令的选项。
</translation>
    </message>
</context>
<context>
    <name>Annalist::CommandSupport</name>
    <message>
        <location filename="../app/commands/commandsupport.cpp" line="+23"/>
        <source>Database file to use (default: %1).</source>
        <translation>要使用的数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write one JSON document (an array of objects) to stdout.</source>
        <translation>向 stdout 输出一个 JSON 文档（对象数组）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请尝试 &apos;%1 --help&apos;。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 takes a whole number of at least %2, not “%3”.</source>
        <translation>--%1 需要不小于 %2 的整数，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected argument %1</source>
        <translation>意外的参数 %1</translation>
    </message>
</context>
<context>
    <name>Annalist::Database</name>
    <message>
        <location filename="../models/store/database.cpp" line="+58"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an Annalist database: %2</source>
        <translation>%1 不是 Annalist 数据库：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot configure the database: %1</source>
        <translation>无法配置数据库：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot set up the database&apos;s functions: %1</source>
        <translation>无法设置数据库函数：%1</translation>
    </message>
</context>
<context>
    <name>Annalist::DiffDialog</name>
    <message>
        <location filename="../views/diffdialog.cpp" line="+52"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First version</source>
        <translation>第一个版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second version</source>
        <translation>第二个版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>&lt;b&gt;#%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;#%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences: #%1 and #%2</source>
        <translation>差异：#%1 与 #%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The two versions have the same words.</source>
        <translation>两个版本的词语相同。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) only in the first version (struck through)</source>
        <translation>
            <numerusform>%n 个词仅出现在第一个版本中（删除线）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) only in the second version (highlighted)</source>
        <translation>
            <numerusform>%n 个词仅出现在第二个版本中（高亮）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::DossierExportDialog</name>
    <message>
        <location filename="../views/dossierexportdialog.cpp" line="+25"/>
        <source>Export Annotated PDF</source>
        <translation>导出带批注的 PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current article: %1</source>
        <translation>当前文章：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current article (none shown)</source>
        <translation>当前文章（未显示文章）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>所选文章（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles tagged</source>
        <translation>带有标签的文章</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>All articles in the list (%n)</source>
        <translation>
            <numerusform>列表中的所有文章（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Current search result (%n)</source>
        <translation>
            <numerusform>当前搜索结果（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes (numbered, in the margin)</source>
        <translation>笔记（编号，位于页边）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity colours in the text</source>
        <translation>正文中的实体颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syntax colours (quotes, figures, citations, links)</source>
        <translation>语法着色（引语、数字、引用标记、链接）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of entities with page numbers</source>
        <translation>带页码的实体索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of the articles&apos; dates</source>
        <translation>文章日期的时间线</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This build has no KSyntaxHighlighting.</source>
        <translation>此版本未包含 KSyntaxHighlighting。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name, for the cover and the PDF comments</source>
        <translation>你的姓名，用于封面和 PDF 注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The article “%1”</source>
        <translation>文章“%1”</translation>
    </message>
</context>
<context>
    <name>Annalist::EntityCommands</name>
    <message>
        <location filename="../app/commands/entitycommands.cpp" line="+27"/>
        <source>List the people, organisations, places, products and events found.</source>
        <translation>列出找到的人物、组织、地点、产品和事件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the entities of article ID.</source>
        <translation>仅列出文章 ID 的实体。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>annalist entities: --article needs a positive article id.</source>
        <translation>annalist entities：--article 需要一个正整数文章 ID。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>List dated events with the span each covers and its sentence.</source>
        <translation>列出带日期的事件，以及每个事件涵盖的时间范围和所在句子。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only events whose span ends on or after DATE (YYYY-MM-DD).</source>
        <translation>仅列出时间范围在 DATE（YYYY-MM-DD）当天或之后结束的事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events whose span begins on or before DATE (YYYY-MM-DD).</source>
        <translation>仅列出时间范围在 DATE（YYYY-MM-DD）当天或之前开始的事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only events of articles that mention NAME.</source>
        <translation>仅列出提及 NAME 的文章中的事件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>annalist timeline: --%1 needs a date like 2026-01-31, not &quot;%2&quot;.</source>
        <translation>annalist timeline：--%1 需要形如 2026-01-31 的日期，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Merge entities into one: --into NAME NAME...</source>
        <translation>将多个实体合并为一个：--into NAME NAME...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename an entity: NAME NEW-NAME</source>
        <translation>重命名实体：NAME NEW-NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change an entity&apos;s type: NAME PERSON|ORG|PLACE|PRODUCT|EVENT</source>
        <translation>更改实体类型：NAME PERSON|ORG|PLACE|PRODUCT|EVENT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never show these names as entities again: NAME...</source>
        <translation>不再将这些名称显示为实体：NAME...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entity the others become.</source>
        <translation>其他实体将合并到的目标实体。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity names (canonical names or aliases).</source>
        <translation>实体名称（规范名称或别名）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give --into NAME and at least one NAME to merge into it</source>
        <translation>请提供 --into NAME 以及至少一个要合并进去的 NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the current NAME and the NEW-NAME</source>
        <translation>请提供当前的 NAME 和 NEW-NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a NAME and one of PERSON, ORG, PLACE, PRODUCT, EVENT</source>
        <translation>请提供 NAME 以及 PERSON、ORG、PLACE、PRODUCT、EVENT 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give at least one NAME</source>
        <translation>请至少提供一个 NAME</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Correction recorded; %n article(s) re-extracted.</source>
        <translation>
            <numerusform>已记录更正；已重新提取 %n 篇文章。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::EntityModel</name>
    <message>
        <location filename="../models/itemmodels/entitymodel.cpp" line="+226"/>
        <source>Also: %1</source>
        <translation>别名：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 次提及</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Annalist::EntitySidebar</name>
    <message>
        <location filename="../views/entitysidebar.cpp" line="+48"/>
        <location line="+222"/>
        <source>This article</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+222"/>
        <source>All articles</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+1"/>
        <source>Previous mention</source>
        <translation>上一处提及</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Next mention</source>
        <translation>下一处提及</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+194"/>
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Filter entities</source>
        <translation>筛选实体</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+114"/>
        <source>Related entities</source>
        <translation>相关实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Related to %1</source>
        <translation>与 %1 相关</translation>
    </message>
    <message>
        <location filename="../views/entitysidebarreview.cpp" line="+88"/>
        <source>Show Articles Mentioning All</source>
        <translation>显示同时提及全部所选实体的文章</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Articles</source>
        <translation>显示文章</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Alias…</source>
        <translation>添加别名…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another name of “%1”:</source>
        <translation>“%1”的另一个名称：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Alias</source>
        <translation>移除别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split Alias Out</source>
        <translation>拆分别名</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merge Selected</source>
        <translation>合并所选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge Selected into “%1”</source>
        <translation>将所选合并到“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select several entities, or drag one onto another</source>
        <translation>请选择多个实体，或将一个实体拖到另一个实体上</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Ignore %n Entities</source>
        <translation>
            <numerusform>忽略 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>Annalist::ExportCommands</name>
    <message>
        <location filename="../app/commands/exportcommands.cpp" line="+23"/>
        <source>Export this article (repeat for several, in that order).</source>
        <translation>导出此文章（可重复使用以导出多篇，按给定顺序）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the articles carrying this tag or a tag below it.</source>
        <translation>导出带有此标签或其下级标签的文章。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the articles this search finds (search syntax).</source>
        <translation>导出此搜索找到的文章（使用搜索语法）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give one scope: --article, --tag or --query</source>
        <translation>请指定一个范围：--article、--tag 或 --query</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>&apos;%1&apos; 不是文章 ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export articles as an annotated PDF dossier (highlights, notes, entity index, timeline).</source>
        <translation>将文章导出为带批注的 PDF 档案（高亮、笔记、实体索引、时间线）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the dossier.</source>
        <translation>档案的标题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The analyst&apos;s name (cover, PDF metadata, comments).</source>
        <translation>分析人员的姓名（用于封面、PDF 元数据和注释）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper size: a4 (default) or letter.</source>
        <translation>纸张大小：a4（默认）或 letter。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither colour entities in the text nor add the entity index.</source>
        <translation>既不在正文中为实体着色，也不添加实体索引。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour quotes, figures, citations and links as the source view does (builds with KSyntaxHighlighting).</source>
        <translation>像原文视图一样为引语、数字、引用标记和链接着色（需包含 KSyntaxHighlighting 的版本）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlights only, without note markers and notes.</source>
        <translation>仅包含高亮，不含笔记标记和笔记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out the entity index.</source>
        <translation>不包含实体索引。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the timeline figure.</source>
        <translation>不包含时间线图。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say what to export: --article ID, --tag TAG or --query QUERY</source>
        <translation>请指定要导出的内容：--article ID、--tag TAG 或 --query QUERY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out FILE.pdf is required</source>
        <translation>必须提供 --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown paper size &apos;%1&apos; (a4 or letter)</source>
        <translation>未知的纸张大小 &apos;%1&apos;（应为 a4 或 letter）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this build has no KSyntaxHighlighting, so --syntax-colors is not available</source>
        <translation>此版本未包含 KSyntaxHighlighting，因此无法使用 --syntax-colors</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote %1: %2 pages, %3 articles, %4 annotations.</source>
        <translation>已写入 %1：%2 页，%3 篇文章，%4 条批注。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export annotations or entities as JSON.</source>
        <translation>将批注或实体导出为 JSON。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export annotations or entities as CSV.</source>
        <translation>将批注或实体导出为 CSV。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without a scope, every article is exported.</source>
        <translation>未指定范围时，导出所有文章。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotations (default) or entities.</source>
        <translation>annotations（默认）或 entities。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入 FILE 而不是 stdout。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--what is &apos;annotations&apos; or &apos;entities&apos;, not &apos;%1&apos;</source>
        <translation>--what 应为 &apos;annotations&apos; 或 &apos;entities&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Annalist::ExportWorkbench</name>
    <message>
        <location filename="../views/exportworkbench.cpp" line="+46"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotated &amp;PDF…</source>
        <translation>带批注的 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <comment>Export Annotated PDF</comment>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations as &amp;CSV…</source>
        <translation>批注导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations as &amp;JSON…</source>
        <translation>批注导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entities as CSV…</source>
        <translation>实体导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entities as JS&amp;ON…</source>
        <translation>实体导出为 JSON(&amp;O)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+99"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>An export is running already.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+25"/>
        <source>Export Annotated PDF</source>
        <translation>导出带批注的 PDF</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Laying out the dossier…</source>
        <translation>正在排版档案…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing page %1 of %2…</source>
        <translation>正在写入第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>已将 %n 页导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Entities</source>
        <translation>导出实体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Annalist::ExtractCommand</name>
    <message>
        <location filename="../app/commands/extractcommand.cpp" line="+35"/>
        <source>Find entities and dates in text files (no database).</source>
        <translation>在文本文件中查找实体和日期（不使用数据库）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write one JSON object per file, one per line (JSON Lines).</source>
        <translation>每个文件输出一个 JSON 对象，每行一个（JSON Lines）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date that relative dates resolve against (overrides the date found in the text).</source>
        <translation>用于解析相对日期的发布日期（覆盖在文本中找到的日期）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files to read.</source>
        <translation>要读取的文本文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annalist extract: no FILE given.</source>
        <translation>annalist extract：未指定 FILE。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>annalist extract: --dct wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>annalist extract：--dct 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>Annalist::FilterChips</name>
    <message>
        <location filename="../views/filterchips.cpp" line="+36"/>
        <source>Entity filters</source>
        <translation>实体筛选器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filters</source>
        <translation>清除筛选器</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Remove the filter “%1”</source>
        <translation>移除筛选器“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>Annalist::FindBar</name>
    <message>
        <location filename="../views/findbar.cpp" line="+31"/>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Return)</source>
        <translation>上一个匹配项（Shift+Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Return)</source>
        <translation>下一个匹配项（Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aa</source>
        <comment>find bar: match case toggle</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+210"/>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportCommand</name>
    <message>
        <location filename="../app/commands/importcommand.cpp" line="+16"/>
        <source>Import files and folders (txt, md, html, pdf, eml, docx).</source>
        <translation>导入文件和文件夹（txt、md、html、pdf、eml、docx）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only store the articles; find entities and dates later (the window does it, or the next import).</source>
        <translation>仅存储文章；稍后再查找实体和日期（由窗口或下次导入完成）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>annalist import: no PATH given.</source>
        <translation>annalist import：未指定 PATH。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 imported, %2 duplicates, %3 failed, %4 skipped (%5 files read)</source>
        <translation>已导入 %1 个，重复 %2 个，失败 %3 个，跳过 %4 个（共读取 %5 个文件）</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>entities and dates found in %n article(s)</source>
        <translation>
            <numerusform>已在 %n 篇文章中找到实体和日期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  duplicate of #%1: %2</source>
        <translation>  与 #%1 重复：%2</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportProgress</name>
    <message>
        <location filename="../views/importprogress.cpp" line="+24"/>
        <source>Stop Import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import after the files in progress; what is imported stays</source>
        <translation>处理完当前文件后停止导入；已导入的内容会保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Extraction</source>
        <translation>暂停提取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause extraction; it resumes with the next import or start</source>
        <translation>暂停提取；将在下次导入或启动时继续</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stopping the import…</source>
        <translation>正在停止导入…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pausing extraction…</source>
        <translation>正在暂停提取…</translation>
    </message>
</context>
<context>
    <name>Annalist::ImportRunner</name>
    <message>
        <location filename="../models/pipeline/importrunner.cpp" line="+263"/>
        <source>not stored: %1</source>
        <translation>未存储：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The article list&apos;s sort indexes could not be built yet (%1); the next start builds them.</source>
        <translation>暂时无法建立文章列表的排序索引（%1）；将在下次启动时建立。</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>not stored: the database refused the batch (%1)</source>
        <translation>未存储：数据库拒绝了这批数据（%1）</translation>
    </message>
</context>
<context>
    <name>Annalist::Ingest</name>
    <message>
        <location filename="../models/ingest/decodedimport.cpp" line="+17"/>
        <source>empty file (only whitespace)</source>
        <translation>空文件（只有空白字符）</translation>
    </message>
    <message>
        <location filename="../models/ingest/filecollector.cpp" line="+29"/>
        <source>broken symbolic link</source>
        <translation>损坏的符号链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../models/ingest/importer.cpp" line="+68"/>
        <source>unknown file type (no suffix)</source>
        <translation>未知文件类型（无扩展名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/ingest/importer.cpp" line="+1"/>
        <source>unknown file type (.%1)</source>
        <translation>未知文件类型（.%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable (permission denied)</source>
        <translation>无法读取（权限不足）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>folder not readable (permission denied)</source>
        <translation>文件夹无法读取（权限不足）</translation>
    </message>
    <message>
        <location filename="../models/ingest/htmlimporter.cpp" line="+49"/>
        <source>the page&apos;s charset &quot;%1&quot; is not supported; decoded as %2</source>
        <translation>不支持页面的字符集“%1”；已按 %2 解码</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>could not parse the HTML</source>
        <translation>无法解析 HTML</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no readable text in the HTML page</source>
        <translation>HTML 页面中没有可读文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="+6"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file too large (%1 MB; at most %2 MB are read)</source>
        <translation>文件过大（%1 MB；最多读取 %2 MB）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/textdecoder.cpp" line="+73"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive or office document</source>
        <translation>ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>可执行程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Office document</source>
        <translation>旧版 Office 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../models/ingest/docximporter.cpp" line="+30"/>
        <source>the XML declares a DTD, which a .docx never does</source>
        <translation>XML 声明了 DTD，而 .docx 文件从不包含 DTD</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>not a Word document (no word/document.xml in the archive)</source>
        <translation>不是 Word 文档（压缩包中没有 word/document.xml）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document expands to more than %1 MB or compresses suspiciously well (a zip bomb?)</source>
        <translation>文档解压后超过 %1 MB，或压缩率高得可疑（ZIP 炸弹？）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is encrypted</source>
        <translation>文档已加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is damaged (the archive cannot be read)</source>
        <translation>文档已损坏（无法读取压缩包）</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../models/ingest/emlimporter.cpp" line="+122"/>
        <location filename="../models/ingest/pdfimporter.cpp" line="+151"/>
        <location filename="../models/ingest/textdecoder.cpp" line="+153"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a .docx archive: a password-protected document or an old Word (.doc) file</source>
        <translation>不是 .docx 压缩包：可能是受密码保护的文档或旧版 Word（.doc）文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a valid .docx file: %1</source>
        <translation>不是有效的 .docx 文件：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the document&apos;s XML is damaged: %1</source>
        <translation>文档的 XML 已损坏：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the document has no text</source>
        <translation>文档中没有文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/textdecoder.cpp" line="-20"/>
        <source>UTF-32 text is not supported; save the file as UTF-8</source>
        <translation>不支持 UTF-32 文本；请将文件另存为 UTF-8</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n malformed UTF-16 code unit(s) replaced</source>
        <translation>
            <numerusform>已替换 %n 个格式错误的 UTF-16 码元</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>binary file, not text (looks like %1)</source>
        <translation>二进制文件，不是文本（看起来是 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>binary file, not text</source>
        <translation>二进制文件，不是文本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not valid UTF-8, decoded as Latin-1 (Windows-1252)</source>
        <translation>不是有效的 UTF-8，已按 Latin-1（Windows-1252）解码</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n byte(s) that are not valid UTF-8 decoded as Latin-1 (Windows-1252)</source>
        <translation>
            <numerusform>已将 %n 个无效的 UTF-8 字节按 Latin-1（Windows-1252）解码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ingest/ziparchive.cpp" line="+19"/>
        <source>not a zip archive (%1)</source>
        <translation>不是 ZIP 压缩包（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive has more than %1 entries</source>
        <translation>压缩包中的条目超过 %1 个</translation>
    </message>
    <message>
        <location filename="../models/ingest/emlimporter.cpp" line="-20"/>
        <source>the e-mail&apos;s body is empty</source>
        <translation>电子邮件正文为空</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not an e-mail message (no header lines)</source>
        <translation>不是电子邮件（没有邮件头）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the e-mail has no text or HTML body</source>
        <translation>电子邮件没有纯文本或 HTML 正文</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the e-mail&apos;s HTML body has no readable text</source>
        <translation>电子邮件的 HTML 正文中没有可读文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/pdfimporter.cpp" line="+5"/>
        <source>not a PDF file (no %PDF header)</source>
        <translation>不是 PDF 文件（没有 %PDF 文件头）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is damaged or truncated and cannot be read</source>
        <translation>PDF 已损坏或被截断，无法读取</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is password-protected; remove the password (or print it to a new PDF) to import it</source>
        <translation>PDF 受密码保护；请移除密码（或将其打印为新的 PDF）后再导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF has no pages (damaged or truncated?)</source>
        <translation>PDF 没有页面（已损坏或被截断？）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF has %1 pages; only the first %2 were read</source>
        <translation>PDF 共有 %1 页；仅读取了前 %2 页</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF has no text layer (scanned or image-only pages); text recognition (OCR) is not supported</source>
        <translation>PDF 没有文本层（扫描页或纯图像页）；不支持文字识别（OCR）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 pages have no text (scanned images?)</source>
        <translation>%2 页中有 %1 页没有文本（扫描图像？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF seems truncated (no end-of-file marker); text may be missing</source>
        <translation>PDF 似乎被截断（没有文件结束标记）；可能缺少文本</translation>
    </message>
</context>
<context>
    <name>Annalist::IngestProgress</name>
    <message>
        <location filename="../models/pipeline/ingestprogress.cpp" line="+101"/>
        <source>less than a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>大约剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>大约剩余 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %1 / %Ln file(s)</source>
        <translation>
            <numerusform>正在导入 %1 / %Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extracting entities and dates…</source>
        <translation>正在提取实体和日期…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Extracting %1 / %Ln article(s)</source>
        <translation>
            <numerusform>正在提取 %1 / %Ln 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::Language</name>
    <message>
        <location filename="../app/language.cpp" line="+14"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>Annalist::ListCommand</name>
    <message>
        <location filename="../app/commands/listcommand.cpp" line="+17"/>
        <source>List the articles in the database.</source>
        <translation>列出数据库中的文章。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annalist list: unexpected argument %1</source>
        <translation>annalist list：意外的参数 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Search text, titles, notes and tags, with field filters (tag:, entity:, date:...).</source>
        <translation>搜索正文、标题、笔记和标签，支持字段筛选器（tag:、entity:、date:...）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Words, &quot;quoted phrases&quot;, prefix*, AND, OR, NOT (also alone: NOT source:AFP) and parentheses;
a word matches an article&apos;s title or text, a note or quote of its passages, or its tags.
Field filters:
  tag:policy/export-controls   the tag or one below it
  entity:&quot;Zhipu AI&quot;            an entity mentioned (name or alias; entity:Zhip* for a prefix)
  type:PRODUCT                 an entity of the type PERSON, ORG, PLACE, PRODUCT or EVENT
  date:2025-01..2025-06        an event or the publication date in the range
                               (also date:2025, date:2025-03-01.., date:..2025-06)
  source:AFP                   the source contains the text
  has:note, has:annotation, has:tag</source>
        <translation>
支持词语、&quot;带引号的短语&quot;、前缀*、AND、OR、NOT（也可单独使用：NOT source:AFP）和括号；
词语可匹配文章的标题或正文、其片段的笔记或引文，或其标签。
字段筛选器：
  tag:policy/export-controls   该标签或其下级标签
  entity:&quot;Zhipu AI&quot;            提及的实体（名称或别名；entity:Zhip* 表示前缀）
  type:PRODUCT                 类型为 PERSON、ORG、PLACE、PRODUCT 或 EVENT 的实体
  date:2025-01..2025-06        该范围内的事件或发布日期
                               （也可写作 date:2025、date:2025-03-01..、date:..2025-06）
  source:AFP                   来源包含该文本
  has:note, has:annotation, has:tag   有笔记、批注或标签</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show at most N hits (default 50).</source>
        <translation>最多显示 N 条结果（默认 50）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to search for.</source>
        <translation>要搜索的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>annalist search: give a QUERY and a positive --limit.</source>
        <translation>annalist search：请提供 QUERY 和正数的 --limit。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No matches.</source>
        <translation>没有匹配项。</translation>
    </message>
</context>
<context>
    <name>Annalist::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+135"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>源文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <comment>Import Files</comment>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next Search &amp;Hit</source>
        <translation>下一个搜索结果(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8</source>
        <comment>Next Search Hit</comment>
        <translation>F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next place where the list&apos;s search matches the shown article</source>
        <translation>转到当前文章中与列表搜索匹配的下一处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Search H&amp;it</source>
        <translation>上一个搜索结果(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F8</source>
        <comment>Previous Search Hit</comment>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search Articles</source>
        <translation>搜索文章(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+F</source>
        <comment>Search Articles</comment>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sp&amp;lit Article at Cursor</source>
        <translation>在光标处拆分文章(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <comment>Split Article at Cursor</comment>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the shown article in two where the cursor is in its text (undoable)</source>
        <translation>在光标所在位置将当前文章拆分为两篇（可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join Selected Articles</source>
        <translation>合并所选文章(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+J</source>
        <comment>Join Selected Articles</comment>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join two articles that follow each other in the same file (undoable)</source>
        <translation>合并同一文件中前后相邻的两篇文章（可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Differences</source>
        <translation>显示差异(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <comment>Show Differences</comment>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two selected articles, or a near-duplicate copy with its first version, word by word</source>
        <translation>逐词比较两篇所选文章，或比较近似重复的副本与其第一个版本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Annalist</source>
        <translation>关于 Annalist(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the import to finish or cancel it before switching databases.</source>
        <translation>切换数据库前，请等待导入完成或取消导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annalist could not open %1.

%2</source>
        <translation>Annalist 无法打开 %1。

%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Extraction stopped: %1</source>
        <translation>提取已停止：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found entities and dates in %n article(s)</source>
        <translation>
            <numerusform>已在 %n 篇文章中找到实体和日期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sample articles could not be copied to %1.</source>
        <translation>无法将示例文章复制到 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — Annalist</source>
        <translation>%1 — Annalist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The article could not be read: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>已导入 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n duplicate(s) skipped</source>
        <translation>
            <numerusform>，跳过 %n 个重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n file(s) of unknown type skipped</source>
        <translation>
            <numerusform>，跳过 %n 个未知类型的文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.docx);;All files (*)</source>
        <translation>文章 (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.eml *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Duplicate of article #%1: %2</source>
        <translation>与文章 #%1 重复：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annalist databases (*.db *.sqlite);;All files (*)</source>
        <translation>Annalist 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source text is coloured with KDE Syntax-Highlighting %1.</source>
        <translation>源文本由 KDE Syntax-Highlighting %1 着色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This build has no KDE Syntax-Highlighting: articles are shown without format colouring.</source>
        <translation>此版本未包含 KDE Syntax-Highlighting：文章显示时不带格式着色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Annalist</source>
        <translation>关于 Annalist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A research browser for analysts: import articles, search them, read them.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;Database: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;面向分析人员的研究浏览器：导入文章、搜索文章、阅读文章。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建（运行于 Qt %3）。&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;数据库：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language changes the next time Annalist starts.</source>
        <translation>语言将在下次启动 Annalist 时更改。</translation>
    </message>
</context>
<context>
    <name>Annalist::MetadataDialog</name>
    <message>
        <location filename="../views/metadatadialog.cpp" line="+24"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article Metadata</source>
        <translation>文章元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The publication date is not known: relative dates in the text stay unresolved</source>
        <translation>发布日期未知：文中的相对日期将保持未解析</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new publication date re-reads the article&apos;s relative dates (“last week”, “in April”) against it.</source>
        <translation>更改发布日期后，将据此重新解析文章中的相对日期（如“上周”“四月”）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The title cannot be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL must be complete, as in https://example.org/story.</source>
        <translation>URL 必须完整，例如 https://example.org/story。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with http://, https:// or file://.</source>
        <translation>URL 必须以 http://、https:// 或 file:// 开头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has no host name.</source>
        <translation>URL 中没有主机名。</translation>
    </message>
</context>
<context>
    <name>Annalist::MetadataEditor</name>
    <message>
        <location filename="../models/pipeline/metadataeditor.cpp" line="+45"/>
        <source>There is no article %1.</source>
        <translation>不存在文章 %1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The title cannot be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a web address: write it in full, as in https://example.com/story.</source>
        <translation>“%1”不是网址：请完整填写，例如 https://example.com/story。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The publication date %1 is more than a year ahead; dates after %2 are refused.</source>
        <translation>发布日期 %1 比今天晚一年以上；不接受 %2 之后的日期。</translation>
    </message>
</context>
<context>
    <name>Annalist::Migrator</name>
    <message>
        <location filename="../models/store/migrator.cpp" line="+65"/>
        <source>This database was written by a newer version of Annalist (schema version %1; this version knows versions up to %2). It was not changed. Open it with a newer Annalist.</source>
        <translation>此数据库由更新版本的 Annalist 写入（架构版本 %1；当前版本最高只支持到版本 %2）。数据库未被更改。请使用更新版本的 Annalist 打开。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read migration %1.</source>
        <translation>无法读取迁移 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>迁移到架构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Annalist::QuickTagPopup</name>
    <message>
        <location filename="../views/quicktagpopup.cpp" line="+24"/>
        <source>Tag, e.g. policy/export-controls</source>
        <translation>标签，例如 policy/export-controls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to add</source>
        <translation>要添加的标签</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Type a tag for %n article(s); Enter adds it, Escape closes.</source>
        <translation>
            <numerusform>为 %n 篇文章输入标签；按 Enter 添加，按 Escape 关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Enter tags %n article(s) with “%1”.</source>
        <translation>
            <numerusform>按 Enter 为 %n 篇文章添加标签“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Enter creates the tag “%1” and tags %n article(s).</source>
        <translation>
            <numerusform>按 Enter 创建标签“%1”并添加到 %n 篇文章。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annalist::RelatedEntityModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/relatedentitymodel.cpp" line="+92"/>
        <source>%1 (%2): together in %n sentence(s)</source>
        <translation>
            <numerusform>%1（%2）：在 %n 个句子中同时出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>在 %n 篇文章中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sentences mentioning both</source>
        <translation>同时提及两者的句子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles mentioning both</source>
        <translation>同时提及两者的文章</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Annalist::SavedSearchStore</name>
    <message>
        <location filename="../models/store/savedsearchstore.cpp" line="+41"/>
        <location line="+33"/>
        <source>A saved search needs a name.</source>
        <translation>已保存的搜索需要一个名称。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Character %1: %2</source>
        <translation>第 %1 个字符：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A saved search named “%1” exists already.</source>
        <translation>名为“%1”的已保存搜索已存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>There is no saved search %1.</source>
        <translation>不存在已保存的搜索 %1。</translation>
    </message>
</context>
<context>
    <name>Annalist::SearchQuery</name>
    <message>
        <location filename="../models/store/searchquery.cpp" line="+61"/>
        <source>The quotation mark is not closed.</source>
        <translation>引号未闭合。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The quoted phrase is empty.</source>
        <translation>引号中的短语为空。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A * must follow the beginning of a word, as in regulat*.</source>
        <translation>* 必须跟在词的开头之后，例如 regulat*。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A date range is written 2025-01..2025-06, 2025-03.. or ..2025-06.</source>
        <translation>日期范围的写法为 2025-01..2025-06、2025-03.. 或 ..2025-06。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>“%1” is not a date: write a year, a month or a day, as in 2025, 2025-03 or 2025-03-14.</source>
        <translation>“%1”不是日期：请写年份、月份或日期，例如 2025、2025-03 或 2025-03-14。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date range ends before it begins.</source>
        <translation>日期范围的结束早于开始。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no field “%1”: use tag:, entity:, type:, date:, source: or has: (to search for the text itself, put it in quotes).</source>
        <translation>没有字段“%1”：请使用 tag:、entity:、type:、date:、source: 或 has:（若要搜索该文本本身，请加上引号）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: needs a value, as in %2.</source>
        <translation>%1: 需要一个值，例如 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A * is only possible with tag:, entity: and source:.</source>
        <translation>* 只能用于 tag:、entity: 和 source:。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A tag needs a name, as in tag:policy/export-controls.</source>
        <translation>标签需要名称，例如 tag:policy/export-controls。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not an entity type: use PERSON, ORG, PLACE, PRODUCT or EVENT.</source>
        <translation>“%1”不是实体类型：请使用 PERSON、ORG、PLACE、PRODUCT 或 EVENT。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>has: takes note, annotation or tag, not “%1”.</source>
        <translation>has: 的值应为 note、annotation 或 tag，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a word to search for.</source>
        <translation>请输入要搜索的词语。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+137"/>
        <source>This closing parenthesis has no opening one.</source>
        <translation>此右括号没有对应的左括号。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Unexpected text here.</source>
        <translation>此处有意外的文本。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The parentheses are empty.</source>
        <translation>括号中为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This parenthesis is not closed.</source>
        <translation>此括号未闭合。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs a word on both sides.</source>
        <translation>%1 的两侧都需要有词语。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The query ends too early: a word is missing.</source>
        <translation>查询过早结束：缺少一个词语。</translation>
    </message>
</context>
<context>
    <name>Annalist::SourceView</name>
    <message>
        <location filename="../views/sourceviewentities.cpp" line="+138"/>
        <source>Entity Marks</source>
        <translation>实体标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../views/sourceviewpassages.cpp" line="+108"/>
        <source>Edit Highlight…</source>
        <translation>编辑高亮…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight Colour</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
</context>
<context>
    <name>Annalist::SplitJoinCommands</name>
    <message>
        <location filename="../app/commands/splitjoincommands.cpp" line="+18"/>
        <source>Leave entities and dates of the changed articles to the next extraction instead of finding them before returning.</source>
        <translation>将更改后文章的实体和日期留待下次提取，而不是在返回前查找。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annalist %1: --%2 needs a number of at least %3.</source>
        <translation>annalist %1：--%2 需要不小于 %3 的数字。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Split an article in two at an offset of its original text.</source>
        <translation>在原始文本的某个偏移处将文章拆分为两篇。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prints the id of the new article, which holds the text from OFFSET on.</source>
        <translation>输出新文章的 ID，新文章包含从 OFFSET 开始的文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The article to split.</source>
        <translation>要拆分的文章。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the second part begins: UTF-16 offset into the article&apos;s original text, as `annalist list --json` ranges count.</source>
        <translation>第二部分的起始位置：文章原始文本中的 UTF-16 偏移量，与 `annalist list --json` 中范围的计数方式相同。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Join two articles that follow each other in the same file.</source>
        <translation>合并同一文件中前后相邻的两篇文章。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The earlier of the two keeps its id and title and prints it; the other is removed.</source>
        <translation>两篇中靠前的一篇保留其 ID 和标题并输出该 ID；另一篇被移除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One of the two articles.</source>
        <translation>两篇文章之一。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other article.</source>
        <translation>另一篇文章。</translation>
    </message>
</context>
<context>
    <name>Annalist::SplitJoinStore</name>
    <message>
        <location filename="../models/store/splitjoinstore.cpp" line="+195"/>
        <source>An article to be changed no longer exists.</source>
        <translation>要更改的文章已不存在。</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The text of “%1” would be the same as article #%2&apos;s.</source>
        <translation>“%1”的文本将与文章 #%2 的文本相同。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+119"/>
        <source>There is no article %1.</source>
        <translation>不存在文章 %1。</translation>
    </message>
</context>
<context>
    <name>Annalist::Sqlite</name>
    <message>
        <location filename="../models/store/sqlitehandle.cpp" line="+14"/>
        <source>The connection is not an SQLite database.</source>
        <translation>该连接不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This SQLite has no full-text search (FTS5).</source>
        <translation>此 SQLite 不支持全文搜索（FTS5）。</translation>
    </message>
</context>
<context>
    <name>Annalist::TagCommands</name>
    <message numerus="yes">
        <location filename="../views/tagcommands.cpp" line="+20"/>
        <source>Tag %n article(s) “%1”</source>
        <translation>
            <numerusform>为 %n 篇文章添加标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove Tag “%1” from %n Article(s)</source>
        <translation>
            <numerusform>从 %n 篇文章中移除标签“%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Tag “%1”</source>
        <translation>新建标签“%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recolour Tag “%1”</source>
        <translation>更改标签“%1”的颜色</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete Tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit Metadata of “%1”</source>
        <translation>编辑“%1”的元数据</translation>
    </message>
</context>
<context>
    <name>Annalist::TagPane</name>
    <message>
        <location filename="../views/tagpane.cpp" line="+53"/>
        <location line="+381"/>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>任一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a tag; use / for levels, as in policy/export-controls</source>
        <translation>创建标签；用 / 分隔层级，例如 policy/export-controls</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the articles that carry every selected tag</source>
        <translation>列出带有所有所选标签的文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the articles that carry any of the selected tags</source>
        <translation>列出带有任一所选标签的文章</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the tag filter</source>
        <translation>清除标签筛选</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+36"/>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Match:</source>
        <translation>匹配：</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Save what you typed in the search box with Edit ▸ Save Search…</source>
        <translation>使用“编辑 ▸ 保存搜索…”保存你在搜索框中输入的内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tags yet. Create one with New Tag…, or select articles and press Ctrl+T.</source>
        <translation>尚无标签。可通过“新建标签…”创建，或选择文章后按 Ctrl+T。</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>Delete the tag “%1” and its %n subtag(s)?</source>
        <translation>
            <numerusform>要删除标签“%1”及其 %n 个子标签吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the tag “%1”?</source>
        <translation>要删除标签“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s) carry them; the articles themselves stay.</source>
        <translation>
            <numerusform>有 %n 篇文章带有这些标签；文章本身将保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s) carry it; the articles themselves stay.</source>
        <translation>
            <numerusform>有 %n 篇文章带有此标签；文章本身将保留。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article carries it.</source>
        <translation>没有文章带有此标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag name (use / for levels, as in policy/export-controls):</source>
        <translation>标签名称（用 / 分隔层级，例如 policy/export-controls）：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New path for “%1” (its subtags move along):</source>
        <translation>“%1”的新路径（其子标签会一起移动）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a tag to rename, recolour or delete it</source>
        <translation>选择标签以重命名、更改颜色或删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Subtag of “%1”…</source>
        <translation>新建“%1”的子标签…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename “%1”…</source>
        <translation>重命名“%1”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Colour</source>
        <translation>默认颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1”…</source>
        <translation>删除“%1”…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename Saved Search</source>
        <translation>重命名已保存的搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Saved Search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved search “%1”?</source>
        <translation>要删除已保存的搜索“%1”吗？</translation>
    </message>
</context>
<context>
    <name>Annalist::TagStore</name>
    <message>
        <location filename="../models/store/tagstore.cpp" line="+105"/>
        <location line="+156"/>
        <location line="+23"/>
        <location line="+28"/>
        <location line="+95"/>
        <source>There is no tag %1.</source>
        <translation>不存在标签 %1。</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>There is no tag “%1”.</source>
        <translation>不存在标签“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+49"/>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+117"/>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>“%1”不是 #rrggbb 形式的颜色。</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>A tag cannot move below itself.</source>
        <translation>标签不能移到其自身之下。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A tag named “%1” exists already.</source>
        <translation>名为“%1”的标签已存在。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>There is no article %1.</source>
        <translation>不存在文章 %1。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The tag “%1” cannot be restored: a tag with its name exists again.</source>
        <translation>无法恢复标签“%1”：已存在同名标签。</translation>
    </message>
</context>
<context>
    <name>Annalist::TagTreeModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/tagtreemodel.cpp" line="+125"/>
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Annalist::TagWorkbench</name>
    <message>
        <location filename="../views/tagworkbench.cpp" line="+38"/>
        <location line="+30"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Tag Selected Articles…</source>
        <translation>为所选文章添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <comment>Tag Selected Articles</comment>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected articles a tag, typed with completion (undoable)</source>
        <translation>为所选文章添加标签，输入时自动补全（可撤销）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Article &amp;Metadata…</source>
        <translation>编辑文章元数据(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <comment>Edit Article Metadata</comment>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the title, source, author, URL or publication date (undoable)</source>
        <translation>更正标题、来源、作者、URL 或发布日期（可撤销）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve Search…</source>
        <translation>保存搜索(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the search box&apos;s query under a name in the Tags pane</source>
        <translation>将搜索框中的查询以一个名称保存到“标签”面板中</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Select articles to tag them</source>
        <translation>请选择要添加标签的文章</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>%1 (%2 of %3 have it)</source>
        <translation>%1（%3 篇中有 %2 篇带有）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the articles to tag first.</source>
        <translation>请先选择要添加标签的文章。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The article&apos;s metadata could not be read: %1</source>
        <translation>无法读取文章的元数据：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Type a search in the search box first; then save it under a name.</source>
        <translation>请先在搜索框中输入搜索内容，然后为其命名保存。</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+7"/>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name for “%1”:</source>
        <translation>“%1”的名称：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A saved search “%1” exists (%2). Replace its query?</source>
        <translation>已保存的搜索“%1”已存在（%2）。要替换其查询吗？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved the search “%1”.</source>
        <translation>已保存搜索“%1”。</translation>
    </message>
</context>
<context>
    <name>Annalist::TimelineWidget</name>
    <message>
        <location filename="../views/timelinewidget.cpp" line="+31"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all events (Home)</source>
        <translation>显示所有事件（Home）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the selected date range (Esc)</source>
        <translation>清除所选日期范围（Esc）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fit timeline to all events</source>
        <translation>调整时间线以显示所有事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear selected date range</source>
        <translation>清除所选日期范围</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Published</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>and %1 more</source>
        <translation>还有 %1 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No dated events</source>
        <translation>没有带日期的事件</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln dated event(s) from %1 to %2</source>
        <translation>
            <numerusform>%1 至 %2 之间的 %Ln 个带日期的事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateAnnotationCommand</name>
    <message>
        <location filename="../views/annotationcommands.cpp" line="+20"/>
        <source>Highlight “%1”</source>
        <translation>高亮“%1”</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotationCommand</name>
    <message>
        <location line="+93"/>
        <source>Delete highlight</source>
        <translation>删除高亮</translation>
    </message>
</context>
<context>
    <name>DossierText</name>
    <message>
        <location filename="../models/export/dossierdata.cpp" line="+76"/>
        <source>There is no tag “%1”.</source>
        <translation>不存在标签“%1”。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing to export: the scope (%1) holds no article.</source>
        <translation>没有可导出的内容：范围（%1）中没有文章。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no article %1.</source>
        <translation>不存在文章 %1。</translation>
    </message>
    <message>
        <location filename="../models/export/dossierdocuments.cpp" line="+73"/>
        <source>ARTICLE %1 OF %2</source>
        <translation>第 %1 篇，共 %2 篇</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/export/dossierwriter.cpp" line="+192"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n annotation(s) could not be placed in this text (the passage is no longer found) and are not shown.</source>
        <translation>
            <numerusform>有 %n 条批注无法在此文本中定位（已找不到对应片段），因此未显示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+145"/>
        <location filename="../models/export/dossierpages.cpp" line="+69"/>
        <location filename="../models/export/dossierwriter.cpp" line="+103"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../models/export/dossierwriter.cpp" line="-97"/>
        <location line="+137"/>
        <source>Index of entities</source>
        <translation>实体索引</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People, organisations, places, products and events by their canonical name, with the pages that mention them.</source>
        <translation>按规范名称列出的人物、组织、地点、产品和事件，以及提及它们的页码。</translation>
    </message>
    <message>
        <location filename="../models/export/dossierjob.cpp" line="+23"/>
        <location filename="../models/export/dossierwriter.cpp" line="-45"/>
        <location line="+8"/>
        <location line="+32"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../models/export/dossierpages.cpp" line="-22"/>
        <source>ANNOTATED DOSSIER</source>
        <translation>批注档案</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../models/export/dossierwriter.cpp" line="-156"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n distinct entit(ies) mentioned</source>
        <translation>
            <numerusform>提及 %n 个不同的实体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>HOW TO READ</source>
        <translation>阅读说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlighted passages carry the analyst&apos;s colour; a small number after a passage refers to its note in the margin (or at the end of the article). Each highlight is also a PDF comment.</source>
        <translation>高亮片段使用分析人员所选的颜色；片段后的小号数字对应页边（或文章末尾）的笔记。每处高亮同时也是一条 PDF 注释。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepared with Annalist</source>
        <translation>由 Annalist 生成</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../models/export/dossierwriter.cpp" line="+10"/>
        <location line="+143"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The exported articles mention no dates that can be placed on a timeline.</source>
        <translation>导出的文章中没有可放到时间线上的日期。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dated event(s) from %1 to %2; publication dates in amber.</source>
        <translation>
            <numerusform>%1 至 %2 之间的 %n 个带日期的事件；发布日期以琥珀色显示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chronology</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../models/export/dossierspec.cpp" line="+17"/>
        <location line="+2"/>
        <source>Dossier: %1</source>
        <translation>档案：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotated dossier</source>
        <translation>批注档案</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Articles tagged “%1”</source>
        <translation>带有标签“%1”的文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Search result for “%1”</source>
        <translation>“%1”的搜索结果</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The articles listed</source>
        <translation>列出的文章</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n selected article(s)</source>
        <translation>
            <numerusform>%n 篇所选文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/export/dossierwriter.cpp" line="-280"/>
        <source>Nothing to export: no article.</source>
        <translation>没有可导出的内容：没有文章。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Could not write the PDF “%1”.</source>
        <translation>无法写入 PDF“%1”。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Could not finish the PDF “%1”.</source>
        <translation>无法完成 PDF“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../models/export/pdfannotator.cpp" line="+72"/>
        <source>The annotated PDF could not be written: %1</source>
        <translation>无法写入带批注的 PDF：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qpdf could not set the annotations&apos; tags: %1</source>
        <translation>qpdf 无法设置批注的标签：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The written PDF could not be read back for annotating.</source>
        <translation>无法读回已写入的 PDF 以添加注释。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The written PDF has no page %1.</source>
        <translation>已写入的 PDF 中没有第 %1 页。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Poppler could not save the annotated PDF (error %1).</source>
        <translation>Poppler 无法保存带注释的 PDF（错误 %1）。</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <location filename="../views/annotationcommands.cpp" line="-48"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change highlight colour</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit highlight tags</source>
        <translation>编辑高亮标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit highlight</source>
        <translation>编辑高亮</translation>
    </message>
</context>
<context>
    <name>HighlightColors</name>
    <message>
        <location filename="../views/highlightcolors.cpp" line="+59"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
</context>
<context>
    <name>PassageHighlights</name>
    <message>
        <location filename="../views/passagehighlights.cpp" line="+132"/>
        <source>%1 highlight</source>
        <translation>%1高亮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found again after the text changed</source>
        <translation>文本更改后已重新找到</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../models/itemmodels/entityreview.cpp" line="+39"/>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change type of “%1” to %2</source>
        <translation>将“%1”的类型更改为%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add alias “%1” to “%2”</source>
        <translation>为“%2”添加别名“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove alias “%1” from “%2”</source>
        <translation>从“%2”中移除别名“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split “%1” out of “%2”</source>
        <translation>将“%1”从“%2”中拆分出来</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Merge %n entities into “%1”</source>
        <translation>
            <numerusform>将 %n 个实体合并到“%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Ignore “%1”</source>
        <translation>忽略“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <location line="+17"/>
        <source>Ignore %n entities</source>
        <translation>
            <numerusform>忽略 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+23"/>
        <source>Could not save the correction.</source>
        <translation>无法保存更正。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>SourceOverlays</name>
    <message>
        <location filename="../views/sourceoverlays.cpp" line="+24"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../models/timeline/timelinepainter.cpp" line="+89"/>
        <source>No dated events</source>
        <translation>没有带日期的事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No events in this range</source>
        <translation>此范围内没有事件</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Date in text</source>
        <translation>文中日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected article</source>
        <translation>所选文章</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 events in view</source>
        <translation>视图中有 %1 个事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · histogram: events per %1 px, vague dates spread over their span</source>
        <translation> · 直方图：每 %1 像素的事件数，模糊日期按其时间范围分摊</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>peak %1</source>
        <translation>峰值 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+62"/>
        <source>Annalist, a research browser for analysts.</source>
        <translation>Annalist，面向分析人员的研究浏览器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
</context>
</TS>
