<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Side-by-side comparison of AI accelerators and rack-scale systems, with the source, date and confidence of every figure.&lt;/p&gt;</source>
        <translation>&lt;p&gt;并排对比 AI 加速器和机柜级系统，并给出每个数值的来源、日期和可信度。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data credits.&lt;/b&gt; Specifications are compiled from the public sources listed with each figure. Includes data from Epoch AI, “Data on Machine Learning Hardware”, &lt;a href=&apos;https://epoch.ai/data/machine-learning-hardware&apos;&gt;epoch.ai&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC-BY 4.0&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;数据致谢。&lt;/b&gt;规格数据汇编自每个数值所附的公开来源。包含来自 Epoch AI“Data on Machine Learning Hardware”（&lt;a href=&apos;https://epoch.ai/data/machine-learning-hardware&apos;&gt;epoch.ai&lt;/a&gt;）的数据，依据 &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC-BY 4.0&lt;/a&gt; 许可使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Figures are dense peak throughput unless marked; values no source gives are shown as “not published”, never estimated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;除非另有标注，数值均为稠密峰值吞吐量；没有来源给出的数值显示为“未公布”，绝不估算。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Daily (while working, on exit)</source>
        <translation>每日（工作期间及退出时）</translation>
    </message>
    <message>
        <source>Before updating the database from schema %1</source>
        <translation>从架构 %1 更新数据库之前</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>恢复备份之前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>Before importing notes</source>
        <translation>导入笔记之前</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时机</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>ChipLens backs the database up when it closes (once a day, if the database is healthy), and before every database update, restore and import. Restoring a backup first backs up the current database, so a restore can be undone by restoring that backup.</source>
        <translation>ChipLens 会在关闭时备份数据库（每天一次，前提是数据库完好），并在每次数据库更新、恢复和导入之前备份。恢复备份前会先备份当前数据库，因此可通过恢复该备份来撤销恢复操作。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>No backups yet. The first one is made when ChipLens closes.</source>
        <translation>尚无备份。首个备份将在 ChipLens 关闭时创建。</translation>
    </message>
    <message>
        <source>Keep daily backups of the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>days,</source>
        <translation>天的每日备份、</translation>
    </message>
    <message>
        <source>weeks and</source>
        <translation>周的每周备份和</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月的每月备份</translation>
    </message>
    <message>
        <source>Backups kept: %1</source>
        <translation>保留的备份：%1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Please wait: the backup or restore is still running.</source>
        <translation>请稍候：备份或恢复仍在进行中。</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>未能创建备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <source>Replace the current database with the backup from %1?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>用 %1 的备份替换当前数据库？

当前数据库会先行备份，因此可通过恢复该备份来撤销。</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>未能恢复备份</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>Restored %1. The database as it was before is kept as %2.</source>
        <translation>已恢复 %1。原先的数据库已保存为 %2。</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation>稀疏（2:4）</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>单向</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation>全部计算单元</translation>
    </message>
    <message>
        <source>Cube units only</source>
        <translation>仅 Cube 单元</translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation>仅向量单元</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>每%1</translation>
    </message>
    <message>
        <source>die</source>
        <translation>裸片</translation>
    </message>
    <message>
        <source>package</source>
        <translation>封装</translation>
    </message>
    <message>
        <source>board</source>
        <translation>板卡</translation>
    </message>
    <message>
        <source>superchip</source>
        <translation>超级芯片</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>format not stated</source>
        <translation>格式未说明</translation>
    </message>
    <message>
        <source>sparsity not stated</source>
        <translation>稀疏性未说明</translation>
    </message>
    <message>
        <source>granularity not stated</source>
        <translation>粒度未说明</translation>
    </message>
    <message>
        <source>direction not stated</source>
        <translation>方向未说明</translation>
    </message>
    <message>
        <source>scope not stated</source>
        <translation>范围未说明</translation>
    </message>
    <message>
        <source>Per accelerator package: the figures of %1 are split per package.</source>
        <translation>每加速器封装：%1 的数值按封装拆分。</translation>
    </message>
    <message>
        <source>%1 (a %2 of %3 packages)</source>
        <translation>%1（由 %3 个封装组成的 %2）</translation>
    </message>
</context>
<context>
    <name>BasisForm</name>
    <message>
        <source>optional, as the source words it, e.g. 1000 W, Server tier</source>
        <translation>可选，按来源原文填写，例如 1000 W、Server tier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>稀疏性</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>粒度</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation>稀疏（2:4）</translation>
    </message>
    <message>
        <source>per die</source>
        <translation>每裸片</translation>
    </message>
    <message>
        <source>per package (one accelerator)</source>
        <translation>每封装（一个加速器）</translation>
    </message>
    <message>
        <source>per board</source>
        <translation>每板卡</translation>
    </message>
    <message>
        <source>per superchip</source>
        <translation>每超级芯片</translation>
    </message>
    <message>
        <source>per node</source>
        <translation>每节点</translation>
    </message>
    <message>
        <source>per rack</source>
        <translation>每机柜</translation>
    </message>
    <message>
        <source>per system</source>
        <translation>每系统</translation>
    </message>
    <message>
        <source>per pod</source>
        <translation>每集群</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>单向</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation>全部计算单元</translation>
    </message>
    <message>
        <source>Cube or tensor units only</source>
        <translation>仅 Cube 或张量单元</translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation>仅向量单元</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>格式(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;parsity</source>
        <translation>稀疏性(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Granularity</source>
        <translation>粒度(&amp;G)</translation>
    </message>
    <message>
        <source>Direc&amp;tion</source>
        <translation>方向(&amp;T)</translation>
    </message>
    <message>
        <source>Scop&amp;e</source>
        <translation>范围(&amp;E)</translation>
    </message>
    <message>
        <source>Cond&amp;ition</source>
        <translation>条件(&amp;I)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>%1 — this row&apos;s standard</source>
        <translation>%1 — 本行标准口径</translation>
    </message>
    <message>
        <source>%1 is not a format of the row “%2”, which holds %3 only: enter the figure in the row of its format</source>
        <translation>%1 不是“%2”行的格式，该行仅含 %3：请在对应格式的行中输入该数值</translation>
    </message>
    <message>
        <source>A %1 figure belongs in the row “%2”: “%3” holds %4 figures only.</source>
        <translation>%1 数值应填入“%2”行：“%3”仅含 %4 数值。</translation>
    </message>
    <message>
        <source>“%3” holds %4 figures only: a %1 figure has no row here.</source>
        <translation>“%3”仅含 %4 数值：%1 数值在此没有对应的行。</translation>
    </message>
    <message>
        <source>%1 does not apply to the row “%2”</source>
        <translation>%1 不适用于“%2”行</translation>
    </message>
    <message>
        <source>“%1” is not a known value</source>
        <translation>“%1”不是已知的值</translation>
    </message>
    <message>
        <source>&amp;Move to “%1”</source>
        <translation>移至“%1”(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Beyond</name>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>供应</translation>
    </message>
    <message>
        <source>Stack and latest version</source>
        <translation>软件栈及最新版本</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Other engines</source>
        <translation>其他引擎</translation>
    </message>
    <message>
        <source>Triton</source>
        <translation>Triton</translation>
    </message>
    <message>
        <source>CUDA compatibility</source>
        <translation>CUDA 兼容性</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>开放程度</translation>
    </message>
    <message>
        <source>Vendor engine</source>
        <translation>厂商引擎</translation>
    </message>
    <message>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>in-tree</source>
        <translation>主线内置</translation>
    </message>
    <message>
        <source>plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>分叉版本</translation>
    </message>
    <message>
        <source>vendor build</source>
        <translation>厂商构建版</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>宣称支持</translation>
    </message>
    <message>
        <source>see text</source>
        <translation>见文字说明</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>良率</translation>
    </message>
    <message>
        <source>Node and foundry</source>
        <translation>制程节点与代工厂</translation>
    </message>
    <message>
        <source>Fab capacity</source>
        <translation>晶圆厂产能</translation>
    </message>
    <message>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <source>Revenue and results</source>
        <translation>营收与业绩</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>counts chips</source>
        <translation>按芯片计</translation>
    </message>
    <message>
        <source>counts units</source>
        <translation>按件计</translation>
    </message>
    <message>
        <source>counts cards</source>
        <translation>按板卡计</translation>
    </message>
    <message>
        <source>counts dies</source>
        <translation>按裸片计</translation>
    </message>
    <message>
        <source>counts HBM stacks</source>
        <translation>按 HBM 堆栈计</translation>
    </message>
    <message>
        <source>counts wafers</source>
        <translation>按晶圆计</translation>
    </message>
    <message>
        <source>counts plants</source>
        <translation>按工厂计</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>undated, read %1</source>
        <translation>无日期，读取于 %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>through its %1</source>
        <translation>通过其 %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>来源发布方</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: there is no stack %2</source>
        <translation>%1：不存在软件栈 %2</translation>
    </message>
    <message>
        <source>%1 %2 is negative, and a count cannot be</source>
        <translation>%1 %2 为负数，而计数不能为负</translation>
    </message>
    <message>
        <source>%1 %2 is not a finite number</source>
        <translation>%1 %2 不是有限数值</translation>
    </message>
    <message>
        <source>%1 %2 is not written YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 %2 不符合 YYYY、YYYY-MM 或 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>%1 %2 does not start with https:// or http://</source>
        <translation>%1 %2 未以 https:// 或 http:// 开头</translation>
    </message>
    <message>
        <source>%1 %2 is not one of yours (it was deleted)</source>
        <translation>%1 %2 不是您的条目（已被删除）</translation>
    </message>
    <message>
        <source>chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>units</source>
        <translation>件</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>板卡</translation>
    </message>
    <message>
        <source>dies</source>
        <translation>裸片</translation>
    </message>
    <message>
        <source>HBM stacks</source>
        <translation>HBM 堆栈</translation>
    </message>
    <message>
        <source>wafers</source>
        <translation>晶圆</translation>
    </message>
    <message>
        <source>plants</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>PyTorch support</source>
        <translation>PyTorch 支持</translation>
    </message>
    <message>
        <source>vLLM support</source>
        <translation>vLLM 支持</translation>
    </message>
    <message>
        <source>SGLang support</source>
        <translation>SGLang 支持</translation>
    </message>
    <message>
        <source>llama.cpp support</source>
        <translation>llama.cpp 支持</translation>
    </message>
    <message>
        <source>Vendor inference engine</source>
        <translation>厂商推理引擎</translation>
    </message>
    <message>
        <source>Other inference engines</source>
        <translation>其他推理引擎</translation>
    </message>
    <message>
        <source>Triton support</source>
        <translation>Triton 支持</translation>
    </message>
    <message>
        <source>CUDA source compatibility</source>
        <translation>CUDA 源码兼容性</translation>
    </message>
    <message>
        <source>CUDA translation tools</source>
        <translation>CUDA 转译工具</translation>
    </message>
    <message>
        <source>Licence and openness</source>
        <translation>许可证与开放程度</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>not a fact: an object with domain, subject, field, value, source</source>
        <translation>不是有效条目：应为包含 domain、subject、field、value、source 的对象</translation>
    </message>
    <message>
        <source>%1 %2 is in the file twice</source>
        <translation>%1 %2 在文件中出现两次</translation>
    </message>
    <message>
        <source>analyst fact %1: %2</source>
        <translation>分析师条目 %1：%2</translation>
    </message>
    <message>
        <source>a new fact of yours</source>
        <translation>您新增的条目</translation>
    </message>
    <message>
        <source>in this store&apos;s trash: brought back</source>
        <translation>位于此数据库的回收站中：已恢复</translation>
    </message>
    <message>
        <source>the reference has nothing on this for %1</source>
        <translation>参考数据中没有 %1 的相关内容</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sources (select the cell for each address and note):</source>
        <translation>来源（选中单元格可查看各网址和笔记）：</translation>
    </message>
    <message>
        <source>Maturity (sourced evidence)</source>
        <translation>成熟度（有来源的证据）</translation>
    </message>
    <message>
        <source>What the reference&apos;s facts say of the stack&apos;s reach: its routes into PyTorch and vLLM, MLPerf results, models running on it and developers, each with its source, date and grade. No stack is ranked above another.</source>
        <translation>参考数据中关于该软件栈覆盖面的条目：接入 PyTorch 和 vLLM 的途径、MLPerf 成绩、在其上运行的模型及开发者，每项均附来源、日期和可信度等级。各软件栈之间不作排名。</translation>
    </message>
    <message>
        <source>the reference has no software stack for %1</source>
        <translation>参考数据中没有 %1 的软件栈</translation>
    </message>
    <message>
        <source>latest: %1 (%2)</source>
        <translation>最新：%1（%2）</translation>
    </message>
    <message>
        <source>latest version not found</source>
        <translation>未找到最新版本</translation>
    </message>
    <message>
        <source>ChipLens reference, summary of %1</source>
        <translation>ChipLens 参考数据，%1 摘要</translation>
    </message>
    <message>
        <source>The reference&apos;s summary of the stack says this; no fact of its own is filed under this row (its facts are listed with the stack).</source>
        <translation>此内容来自参考数据对该软件栈的摘要；此行下没有单独归档的条目（其条目随软件栈一并列出）。</translation>
    </message>
    <message>
        <source>MLPerf</source>
        <translation>MLPerf</translation>
    </message>
    <message>
        <source>models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>developers</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>CUDA itself</source>
        <translation>CUDA 本身</translation>
    </message>
    <message>
        <source>vendor-measured pass rate</source>
        <translation>厂商实测通过率</translation>
    </message>
    <message>
        <source>compiles CUDA source</source>
        <translation>可编译 CUDA 源码</translation>
    </message>
    <message>
        <source>runtime API emulation</source>
        <translation>运行时 API 模拟</translation>
    </message>
    <message>
        <source>source porting</source>
        <translation>源码移植</translation>
    </message>
    <message>
        <source>framework-level migration only</source>
        <translation>仅框架级迁移</translation>
    </message>
    <message>
        <source>none (framework plugins instead)</source>
        <translation>无（改用框架插件）</translation>
    </message>
    <message>
        <source>tools: %1</source>
        <translation>工具：%1</translation>
    </message>
    <message>
        <source>Software: %1.</source>
        <translation>软件：%1。</translation>
    </message>
    <message>
        <source>%1 (%2): PyTorch %3; vLLM %4</source>
        <translation>%1（%2）：PyTorch %3；vLLM %4</translation>
    </message>
    <message>
        <source>; newest software event: %1 (%2)</source>
        <translation>；最新软件事件：%1（%2）</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4</source>
        <translation>%1：%2 — %3，%4</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1 提供</translation>
    </message>
    <message>
        <source>Every estimate the reference holds, by period, each with what it counts and who made it; estimates that count different things are never merged or ranked.</source>
        <translation>参考数据中的全部估计，按期间列出，每项注明计数对象及估算方；计数对象不同的估计从不合并或排名。</translation>
    </message>
</context>
<context>
    <name>BeyondActions</name>
    <message>
        <source>The fact was not saved</source>
        <translation>信息未保存</translation>
    </message>
    <message>
        <source>Edit your stack fact</source>
        <translation>编辑您的软件栈信息</translation>
    </message>
    <message>
        <source>Edit your supply estimate</source>
        <translation>编辑您的供应估算</translation>
    </message>
    <message>
        <source>Add a stack fact</source>
        <translation>添加软件栈信息</translation>
    </message>
    <message>
        <source>Add a supply estimate</source>
        <translation>添加供应估算</translation>
    </message>
    <message>
        <source>The fact was not deleted</source>
        <translation>信息未删除</translation>
    </message>
    <message>
        <source>Delete your stack fact</source>
        <translation>删除您的软件栈信息</translation>
    </message>
    <message>
        <source>Delete your supply estimate</source>
        <translation>删除您的供应估算</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stack or subject</source>
        <translation>软件栈或对象</translation>
    </message>
    <message>
        <source>Field or metric</source>
        <translation>字段或指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>保存时间（UTC）</translation>
    </message>
    <message>
        <source>Stack fact</source>
        <translation>软件栈信息</translation>
    </message>
    <message>
        <source>Supply estimate</source>
        <translation>供应估算</translation>
    </message>
    <message>
        <source>Your stack and supply facts</source>
        <translation>您的软件栈与供应信息</translation>
    </message>
    <message>
        <source>Add a &amp;stack fact…</source>
        <translation>添加软件栈信息(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a supply est&amp;imate…</source>
        <translation>添加供应估算(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除。编辑 ▸ 撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>Add a s&amp;tack fact…</source>
        <translation>添加软件栈信息(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Your stack and supply facts…</source>
        <translation>您的软件栈与供应信息(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Export brief</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>Brief of %1</source>
        <translation>%1 简报</translation>
    </message>
    <message>
        <source>Key findings, one a line</source>
        <translation>要点，每行一条</translation>
    </message>
    <message>
        <source>&amp;Key findings (generated from the figures; edit them as you like, one a line):</source>
        <translation>要点(&amp;K)（根据数值生成；可随意编辑，每行一条）：</translation>
    </message>
    <message>
        <source>&amp;Restore the generated findings</source>
        <translation>恢复生成的要点(&amp;R)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>简报语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>请选择文件名。</translation>
    </message>
    <message>
        <source>The brief is a PDF: the file name must end in .pdf.</source>
        <translation>简报为 PDF 格式：文件名必须以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Add a &amp;device…</source>
        <translation>添加设备(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit a device…</source>
        <translation>编辑设备(&amp;E)…</translation>
    </message>
    <message>
        <source>Add a &amp;figure…</source>
        <translation>添加数值(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a &amp;source…</source>
        <translation>添加来源(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit a s&amp;ource…</source>
        <translation>编辑来源(&amp;O)…</translation>
    </message>
    <message>
        <source>Sou&amp;rces…</source>
        <translation>来源(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as a &amp;named pairing or group…</source>
        <translation>另存为命名的对比组合或分组(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit this &amp;pairing or group…</source>
        <translation>编辑此对比组合或分组(&amp;P)…</translation>
    </message>
    <message>
        <source>De&amp;lete this pairing or group</source>
        <translation>删除此对比组合或分组(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add a figure…</source>
        <translation>添加数值(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit this figure…</source>
        <translation>编辑此数值(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete this figure</source>
        <translation>删除此数值(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Correct this figure…</source>
        <translation>更正此数值(&amp;C)…</translation>
    </message>
    <message>
        <source>Cite a &amp;better source…</source>
        <translation>引用更好的来源(&amp;B)…</translation>
    </message>
    <message>
        <source>Edit the de&amp;vice %1…</source>
        <translation>编辑设备 %1(&amp;V)…</translation>
    </message>
    <message>
        <source>Edit which device?</source>
        <translation>编辑哪个设备？</translation>
    </message>
    <message>
        <source>The device was not saved</source>
        <translation>设备未保存</translation>
    </message>
    <message>
        <source>Add device “%1”</source>
        <translation>添加设备“%1”</translation>
    </message>
    <message>
        <source>Edit device “%1”</source>
        <translation>编辑设备“%1”</translation>
    </message>
    <message>
        <source>Saved the device “%1”. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>已保存设备“%1”。编辑 ▸ 撤销（Ctrl+Z）可撤回。</translation>
    </message>
    <message>
        <source>Edit a source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>The source was not saved</source>
        <translation>来源未保存</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>添加来源“%1”</translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation>编辑来源“%1”</translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation>数值未保存</translation>
    </message>
    <message>
        <source>Add figure %1 for %2</source>
        <translation>为 %2 添加数值 %1</translation>
    </message>
    <message>
        <source>Edit figure %1 for %2</source>
        <translation>编辑 %2 的数值 %1</translation>
    </message>
    <message>
        <source>The figure was not deleted</source>
        <translation>数值未删除</translation>
    </message>
    <message>
        <source>Delete a figure</source>
        <translation>删除数值</translation>
    </message>
    <message>
        <source>Deleted your figure. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除您的数值。编辑 ▸ 撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>The citation was not upgraded</source>
        <translation>引用未更新</translation>
    </message>
    <message>
        <source>Cite a better source for %1</source>
        <translation>为 %1 引用更好的来源</translation>
    </message>
    <message>
        <source>The figure now cites the better source; the old citation stays listed. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>该数值现引用更好的来源；旧引用仍保留在列表中。编辑 ▸ 撤销（Ctrl+Z）可撤回。</translation>
    </message>
    <message>
        <source>The pairing was not saved</source>
        <translation>对比组合未保存</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>保存“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>The pairing was not deleted</source>
        <translation>对比组合未删除</translation>
    </message>
    <message>
        <source>Delete a pairing</source>
        <translation>删除对比组合</translation>
    </message>
</context>
<context>
    <name>CatalogForm</name>
    <message>
        <source>a name is required</source>
        <translation>名称为必填项</translation>
    </message>
    <message>
        <source>a vendor is required</source>
        <translation>厂商为必填项</translation>
    </message>
    <message>
        <source>a country code such as CN, US, KR or TW is required</source>
        <translation>需填写国家代码，如 CN、US、KR 或 TW</translation>
    </message>
    <message>
        <source>only a system has a composition: set the kind to system or remove the components</source>
        <translation>只有系统才有组成：请将类型设为系统，或移除组件</translation>
    </message>
    <message>
        <source>not a component</source>
        <translation>不是组件</translation>
    </message>
    <message>
        <source>a name or a known device is required</source>
        <translation>需填写名称或已知设备</translation>
    </message>
    <message>
        <source>the count must be a whole number of at least 1, or empty</source>
        <translation>数量须为不小于 1 的整数，或留空</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>数值为必填项</translation>
    </message>
    <message>
        <source>choose a device</source>
        <translation>请选择设备</translation>
    </message>
    <message>
        <source>choose a metric</source>
        <translation>请选择指标</translation>
    </message>
    <message>
        <source>a figure needs a source: choose one or add a new source</source>
        <translation>数值需要来源：请选择一个或添加新来源</translation>
    </message>
    <message>
        <source>a figure needs a confidence: official, third-party or reported</source>
        <translation>数值需要可信度：官方、第三方或报道</translation>
    </message>
    <message>
        <source>a publisher is required (who published the figure)</source>
        <translation>发布方为必填项（谁发布了该数值）</translation>
    </message>
    <message>
        <source>a web address starts with http:// or https:// and has no spaces</source>
        <translation>网址以 http:// 或 https:// 开头，且不含空格</translation>
    </message>
    <message>
        <source>a teammate&apos;s device (from the team library) cannot be edited here: it stays its author&apos;s; add one of your own instead</source>
        <translation>同事的设备（来自团队库）不能在此编辑：它仍归其作者所有；请改为添加您自己的设备</translation>
    </message>
    <message>
        <source>a teammate&apos;s source (from the team library) cannot be edited here: it stays its author&apos;s; add one of your own instead</source>
        <translation>同事的来源（来自团队库）不能在此编辑：它仍归其作者所有；请改为添加您自己的来源</translation>
    </message>
    <message>
        <source>a teammate&apos;s figure (from the team library) cannot be edited here: it stays its author&apos;s; add one of your own instead</source>
        <translation>同事的数值（来自团队库）不能在此编辑：它仍归其作者所有；请改为添加您自己的数值</translation>
    </message>
    <message>
        <source>a teammate&apos;s figure (from the team library) cannot be deleted here: it stays its author&apos;s; add one of your own instead</source>
        <translation>同事的数值（来自团队库）不能在此删除：它仍归其作者所有；请改为添加您自己的数值</translation>
    </message>
    <message>
        <source>a teammate&apos;s saved comparison (from the team library) cannot be edited here: it stays its author&apos;s; add one of your own instead</source>
        <translation>同事保存的对比（来自团队库）不能在此编辑：它仍归其作者所有；请改为添加您自己的对比</translation>
    </message>
    <message>
        <source>a teammate&apos;s saved comparison (from the team library) cannot be deleted here: it stays its author&apos;s; add one of your own instead</source>
        <translation>同事保存的对比（来自团队库）不能在此删除：它仍归其作者所有；请改为添加您自己的对比</translation>
    </message>
    <message>
        <source>write the date as YYYY, YYYY-MM or YYYY-MM-DD (or n.d. if it has none)</source>
        <translation>日期请写作 YYYY、YYYY-MM 或 YYYY-MM-DD（无日期则写 n.d.）</translation>
    </message>
    <message>
        <source>each device may appear only once</source>
        <translation>每个设备只能出现一次</translation>
    </message>
    <message>
        <source>the baseline must be one of the devices</source>
        <translation>基准必须是其中一个设备</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <source>empty: type a number, with or without a unit</source>
        <translation>为空：请输入数字，可带或不带单位</translation>
    </message>
    <message>
        <source>title is required</source>
        <translation>标题为必填项</translation>
    </message>
    <message>
        <source>%1 is not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 不是日期：请写作 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a number (a letter O or l in place of a digit?)</source>
        <translation>%1 不是数字（是否把字母 O 或 l 当成了数字？）</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限数</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>this metric has no unit: type the number alone, without %1</source>
        <translation>该指标没有单位：请只输入数字，不带 %1</translation>
    </message>
    <message>
        <source>unknown unit %1: use %2 or a multiple of it</source>
        <translation>未知单位 %1：请使用 %2 或其倍数单位</translation>
    </message>
    <message>
        <source>%1 already names another device (%2)</source>
        <translation>%1 已是另一设备的名称（%2）</translation>
    </message>
    <message>
        <source>%1 is computed by ChipLens (%2): enter its inputs instead</source>
        <translation>%1 由 ChipLens 计算（%2）：请改为输入其输入值</translation>
    </message>
    <message>
        <source>choose 2 to %1 devices</source>
        <translation>请选择 2 至 %1 个设备</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>未知来源 %1</translation>
    </message>
    <message>
        <source>source %1: publisher is required</source>
        <translation>来源 %1：发布方为必填项</translation>
    </message>
    <message>
        <source>source %1: URL %2 is not a well-formed http(s) address</source>
        <translation>来源 %1：URL %2 不是格式正确的 http(s) 地址</translation>
    </message>
    <message>
        <source>date %1 is not a valid date written YYYY-MM-DD</source>
        <translation>日期 %1 不是有效的 YYYY-MM-DD 格式日期</translation>
    </message>
    <message>
        <source>a month-precision date must be the first day of the month (%1), not %2</source>
        <translation>精确到月的日期必须是当月第一天（%1），而不是 %2</translation>
    </message>
    <message>
        <source>a quarter-precision date must be the first day of a quarter (%1-01-01, -04-01, -07-01 or -10-01), not %2</source>
        <translation>精确到季度的日期必须是某季度第一天（%1-01-01、-04-01、-07-01 或 -10-01），而不是 %2</translation>
    </message>
    <message>
        <source>a year-precision date must be 1 January (%1-01-01), not %2</source>
        <translation>精确到年的日期必须是 1 月 1 日（%1-01-01），而不是 %2</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <source>Cite a better source</source>
        <translation>引用更好的来源</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>The figure keeps its number, basis, producer and confidence, read on the page you choose. The figure as it is now stays listed as an alternative.</source>
        <translation>该数值保留其数字、口径、出处和可信度，但改为读取自您所选的页面。当前的数值仍作为备选列出。</translation>
    </message>
    <message>
        <source>Better source</source>
        <translation>更好的来源</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>新建来源(&amp;N)…</translation>
    </message>
    <message>
        <source>Carrier quality</source>
        <translation>载体质量</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Read on</source>
        <translation>读取自(&amp;R)</translation>
    </message>
    <message>
        <source>— choose the better source —</source>
        <translation>— 选择更好的来源 —</translation>
    </message>
    <message>
        <source>choose the page the figure was read on, or add it with New source</source>
        <translation>请选择读取该数值的页面，或通过“新建来源”添加</translation>
    </message>
    <message>
        <source>the figure already cites this source: choose a better one</source>
        <translation>该数值已引用此来源：请选择更好的来源</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>%1 不是日期：请写作 YYYY-MM-DD、YYYY-MM、YYYY-Qn 或 YYYY</translation>
    </message>
    <message>
        <source>language of the messages, of the help and of exports: en, fr or zh_CN (default: the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG); JSON keys and CSV headers stay English</source>
        <translation>消息、帮助和导出所用的语言：en、fr 或 zh_CN（默认：按区域设置 LANGUAGE、LC_ALL、LC_MESSAGES、LANG）；JSON 键和 CSV 表头保持英文</translation>
    </message>
    <message>
        <source>Compare AI accelerators and rack-scale systems side by side, with sources. Without a command, opens the window.</source>
        <translation>并排比较 AI 加速器与机柜级系统，附来源。不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>folder holding the database (default: the user data folder; also CHIPLENS_DATA_DIR)</source>
        <translation>存放数据库的文件夹（默认：用户数据文件夹；也可用 CHIPLENS_DATA_DIR 指定）</translation>
    </message>
    <message>
        <source>start the window and exit 0 as soon as the default comparison (or also its chart) is painted, skipping teardown (for benchmarks and smoke tests)</source>
        <translation>打开窗口，默认对比（或连同其图表）一经绘制即以退出码 0 退出，跳过收尾清理（用于性能测试和冒烟测试）</translation>
    </message>
    <message>
        <source>open the window on this comparison</source>
        <translation>打开窗口并显示此对比</translation>
    </message>
    <message>
        <source>start with default settings (your settings file is left as it is)</source>
        <translation>以默认设置启动（您的设置文件保持不变）</translation>
    </message>
    <message>
        <source>list chips, systems or pairings</source>
        <translation>列出芯片、系统或对比组合</translation>
    </message>
    <message>
        <source>compare 2 to 4 devices (names, slugs or aliases such as 910C, H100, CM384)</source>
        <translation>比较 2 到 4 个设备（名称、标识或别名，如 910C、H100、CM384）</translation>
    </message>
    <message>
        <source>a third and fourth device</source>
        <translation>第三个和第四个设备</translation>
    </message>
    <message>
        <source>the device ratios are taken against (default: the second)</source>
        <translation>计算比值所用的基准设备（默认：第二个）</translation>
    </message>
    <message>
        <source>split a board&apos;s or superchip&apos;s figures per accelerator package (÷ the packages it holds)</source>
        <translation>将板卡或超级芯片的数值折算到每个加速器封装（÷ 其所含封装数）</translation>
    </message>
    <message>
        <source>list policy-timeline events (export controls, procurement rules, launches)</source>
        <translation>列出政策时间线上的事件（出口管制、采购规定、产品发布）</translation>
    </message>
    <message>
        <source>events that end on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)</source>
        <translation>在 DATE 当天或之后结束的事件（YYYY-MM-DD、YYYY-MM、YYYY-Qn 或 YYYY）</translation>
    </message>
    <message>
        <source>events that start on or before DATE (a month or year counts to its last day)</source>
        <translation>在 DATE 当天或之前开始的事件（月份或年份算到其最后一天）</translation>
    </message>
    <message>
        <source>one of %(choices)s; repeat to allow several</source>
        <translation>取值之一：%(choices)s；可重复以允许多个</translation>
    </message>
    <message>
        <source>events about this device (name, slug or alias such as H20)</source>
        <translation>与此设备有关的事件（名称、标识或别名，如 H20）</translation>
    </message>
    <message>
        <source>analyst notes: add, list, search, export, import</source>
        <translation>分析师笔记：添加、列出、搜索、导出、导入</translation>
    </message>
    <message>
        <source>add a note; prints its uid</source>
        <translation>添加一条笔记；输出其 uid</translation>
    </message>
    <message>
        <source>the body (Markdown) from FILE, or - for standard input</source>
        <translation>从 FILE 读取正文（Markdown），- 表示标准输入</translation>
    </message>
    <message>
        <source>repeat for several tags</source>
        <translation>可重复以添加多个标签</translation>
    </message>
    <message>
        <source>device:SLUG, pairing:SLUG, event:UID or source:KEY; repeat for several</source>
        <translation>device:SLUG、pairing:SLUG、event:UID 或 source:KEY；可重复以添加多个</translation>
    </message>
    <message>
        <source>share the note with the team library from the next sync (notes are private otherwise)</source>
        <translation>从下次同步起与团队库共享此笔记（否则笔记为私有）</translation>
    </message>
    <message>
        <source>share a note with the team library from the next sync</source>
        <translation>从下次同步起与团队库共享一条笔记</translation>
    </message>
    <message>
        <source>the note&apos;s uid (chiplens notes list)</source>
        <translation>笔记的 uid（见 chiplens notes list）</translation>
    </message>
    <message>
        <source>list notes, newest first</source>
        <translation>列出笔记，最新的在前</translation>
    </message>
    <message>
        <source>only notes with this tag</source>
        <translation>仅含此标签的笔记</translation>
    </message>
    <message>
        <source>only notes linked to this device (name, slug or alias)</source>
        <translation>仅与此设备关联的笔记（名称、标识或别名）</translation>
    </message>
    <message>
        <source>list the notes in the trash instead</source>
        <translation>改为列出回收站中的笔记</translation>
    </message>
    <message>
        <source>full-text search (words as prefixes; Chinese as runs of characters)</source>
        <translation>全文搜索（英文等按词前缀匹配；中文按连续字符匹配）</translation>
    </message>
    <message>
        <source>write each note to a Markdown file with front matter</source>
        <translation>将每条笔记写入带前置元数据（front matter）的 Markdown 文件</translation>
    </message>
    <message>
        <source>replace files of the same name already in DIR (without it, an export that would replace one writes nothing and names them)</source>
        <translation>替换 DIR 中已有的同名文件（不加此选项时，若导出会替换文件，则不写入任何内容并列出这些文件）</translation>
    </message>
    <message>
        <source>import Markdown notes (a folder or a file); re-importing creates no duplicates</source>
        <translation>导入 Markdown 笔记（文件夹或单个文件）；重复导入不会产生重复笔记</translation>
    </message>
    <message>
        <source>export data (JSON, CSV), or a view as a picture (PNG, SVG, PDF)</source>
        <translation>导出数据（JSON、CSV），或将视图导出为图片（PNG、SVG、PDF）</translation>
    </message>
    <message>
        <source>the whole catalog as a data pack (.json) or its figures (.csv)</source>
        <translation>整个目录导出为数据包（.json）或其数值（.csv）</translation>
    </message>
    <message>
        <source>the comparison of 2 to 4 devices: table and chart, with a caption</source>
        <translation>2 到 4 个设备的对比：表格和图表，附图注</translation>
    </message>
    <message>
        <source>2 to 4 names, slugs or aliases (910C, H100, CM384)</source>
        <translation>2 到 4 个名称、标识或别名（910C、H100、CM384）</translation>
    </message>
    <message>
        <source>the table and the chart (default), or either alone</source>
        <translation>表格和图表（默认），或只取其一</translation>
    </message>
    <message>
        <source>the policy timeline (lanes by jurisdiction), with a caption</source>
        <translation>政策时间线（按司法管辖区分泳道），附图注</translation>
    </message>
    <message>
        <source>first day shown (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY; default: the first event&apos;s year)</source>
        <translation>显示的第一天（YYYY-MM-DD、YYYY-MM、YYYY-Qn 或 YYYY；默认：第一个事件所在的年份）</translation>
    </message>
    <message>
        <source>last day shown (default: the last event&apos;s year)</source>
        <translation>显示的最后一天（默认：最后一个事件所在的年份）</translation>
    </message>
    <message>
        <source>only events about this device</source>
        <translation>仅与此设备有关的事件</translation>
    </message>
    <message>
        <source>repeat for several</source>
        <translation>可重复以指定多个</translation>
    </message>
    <message>
        <source>the export-control map: every chip against the rules in force that day</source>
        <translation>出口管制图：每款芯片对照当日生效的规则</translation>
    </message>
    <message>
        <source>the day (YYYY-MM-DD; default: today)</source>
        <translation>日期（YYYY-MM-DD；默认：今天）</translation>
    </message>
    <message>
        <source>ring a device (repeat for several)</source>
        <translation>圈出一个设备（可重复以圈出多个）</translation>
    </message>
    <message>
        <source>China&apos;s AI-accelerator market shares by vendor and year, one line per source (IDC, TrendForce, Bernstein), with its sources</source>
        <translation>中国 AI 加速器按厂商和年份的市场份额，每个来源一条曲线（IDC、TrendForce、Bernstein），附来源</translation>
    </message>
    <message>
        <source>%1 is not a scale: use 1, 2, 3 or a number such as 1.5</source>
        <translation>%1 不是缩放倍数：请写 1、2、3 或 1.5 这样的数</translation>
    </message>
    <message>
        <source>FILE.png, FILE.svg or FILE.pdf</source>
        <translation>FILE.png、FILE.svg 或 FILE.pdf</translation>
    </message>
    <message>
        <source>pixels per logical pixel of a PNG (1, 2, 3, or e.g. 1.5); an SVG&apos;s displayed size</source>
        <translation>PNG 每个逻辑像素对应的像素数（1、2、3，或如 1.5）；SVG 则为显示尺寸</translation>
    </message>
    <message>
        <source>width of the picture in logical pixels (default 1000, and 200 more for each compared device past two; a PNG is PX × N pixels wide)</source>
        <translation>图片宽度，以逻辑像素计（默认 1000，超过两个对比设备时每多一个加 200；PNG 宽为 PX × N 像素）</translation>
    </message>
    <message>
        <source>screen: the app&apos;s colours; print: white paper, dark text, colour-blind-safe and greyscale-safe (patterns and letters)</source>
        <translation>screen：应用的配色；print：白底深色文字，色盲友好且灰度打印可辨（图案和字母）</translation>
    </message>
    <message>
        <source>leave out the caption (title, units, sources, date, version, credits)</source>
        <translation>不加图注（标题、单位、来源、日期、版本、致谢）</translation>
    </message>
    <message>
        <source>the PDF brief of 2 to 4 devices or a saved pairing: key findings, table, chart, timeline, notes, sources</source>
        <translation>2 到 4 个设备或一个已保存对比组合的 PDF 简报：要点、表格、图表、时间线、笔记、来源</translation>
    </message>
    <message>
        <source>2 to 4 names, slugs or aliases (910C, H100, CM384), as for compare</source>
        <translation>2 到 4 个名称、标识或别名（910C、H100、CM384），同 compare</translation>
    </message>
    <message>
        <source>a saved pairing&apos;s slug instead (chiplens list pairings)</source>
        <translation>改用已保存对比组合的标识（见 chiplens list pairings）</translation>
    </message>
    <message>
        <source>the key findings from FILE (UTF-8 text, one a line) instead of the generated ones</source>
        <translation>从 FILE 读取要点（UTF-8 文本，每行一条），代替自动生成的要点</translation>
    </message>
    <message>
        <source>warning: the day&apos;s backup could not be made. %1</source>
        <translation>警告：未能完成当天的备份。%1</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>对比组合</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>the file name must end in .json or .csv</source>
        <translation>文件名必须以 .json 或 .csv 结尾</translation>
    </message>
    <message>
        <source>exported %1 values to %2</source>
        <translation>已将 %1 个数值导出到 %2</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>(%1 better)</source>
        <translation>（%1 更优）</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>不可比</translation>
    </message>
    <message>
        <source>Ratios against %1; ▲ the best figure among those comparable.</source>
        <translation>比值以 %1 为基准；▲ 可比数值中的最优者。</translation>
    </message>
    <message>
        <source>O official · T third-party · R reported · ƒ derived (formula in --format json) · ≠ sources disagree by more than %1</source>
        <translation>O 官方 · T 第三方 · R 报道 · ƒ 推算（公式见 --format json）· ≠ 来源之间相差超过 %1</translation>
    </message>
    <message>
        <source>give 2 to 4 devices, not %1</source>
        <translation>请给出 2 到 4 个设备，而不是 %1 个</translation>
    </message>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD</source>
        <translation>%1 不是日期：请写作 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>which export-control rules catch which devices on a date: TPP, performance density and each rule&apos;s verdict with its margin</source>
        <translation>某一日期哪些出口管制规则管控哪些设备：TPP、性能密度及每条规则的判定与余量</translation>
    </message>
    <message>
        <source>names, slugs or aliases (910C, H20, CM384)</source>
        <translation>名称、标识或别名（910C、H20、CM384）</translation>
    </message>
    <message>
        <source>every device of the catalog</source>
        <translation>目录中的所有设备</translation>
    </message>
    <message>
        <source>the date (YYYY-MM-DD; default today)</source>
        <translation>日期（YYYY-MM-DD；默认今天）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No rule in force on this date.</source>
        <translation>该日期没有生效的规则。</translation>
    </message>
    <message>
        <source>%1 more rule(s) in force with no chip test (licence policy, guidance, purchases).</source>
        <translation>另有 %1 条生效规则不设芯片指标（许可证政策、指导意见、采购）。</translation>
    </message>
    <message>
        <source>%1 rule(s) not in force on %2.</source>
        <translation>%1 条规则在 %2 未生效。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Caught by (in force)</source>
        <translation>受限于（生效规则）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 devices on %2; `chiplens controls DEVICE` shows the margins.</source>
        <translation>%1 个设备，日期 %2；`chiplens controls DEVICE` 可显示余量。</translation>
    </message>
    <message>
        <source>give one or more devices, or --all (not both)</source>
        <translation>请给出一个或多个设备，或使用 --all（不可同时使用）</translation>
    </message>
    <message>
        <source>● meets  ○ misses  ◐ depends on which reported figure holds  ? cannot be decided  * whatever the unknown figure  ⚠ threshold unverified</source>
        <translation>● 达到  ○ 未达到  ◐ 取决于采信哪个报道数值  ? 无法判定  * 无论未知数值为何  ⚠ 阈值未核实</translation>
    </message>
    <message>
        <source>the bundled data release: what changed in the data</source>
        <translation>随附的数据发布：数据有哪些变化</translation>
    </message>
    <message>
        <source>devices, figures and events added, figures changed (old → new, with their sources), disagreements opened or resolved</source>
        <translation>新增的设备、数值和事件，变更的数值（旧 → 新，附来源），新出现或已解决的分歧</translation>
    </message>
    <message>
        <source>list the changes since this data release (default: the release this store held before its last upgrade)</source>
        <translation>列出自此数据发布以来的变化（默认：数据库上次升级前所含的发布）</translation>
    </message>
    <message>
        <source>this build carries no data release (resources/seed/release.json).</source>
        <translation>此版本不含数据发布（resources/seed/release.json）。</translation>
    </message>
    <message>
        <source>no data release %1; the releases are: %2</source>
        <translation>没有数据发布 %1；现有发布为：%2</translation>
    </message>
    <message>
        <source>check, back up and restore the database</source>
        <translation>检查、备份和恢复数据库</translation>
    </message>
    <message>
        <source>check the database (damage, locks, a crash&apos;s journal, schema, write access); changes nothing; each condition has its exit code</source>
        <translation>检查数据库（损坏、锁、崩溃遗留的日志、架构、写入权限）；不做任何更改；每种状况有各自的退出码</translation>
    </message>
    <message>
        <source>Check the database without changing it: is it damaged, busy (another program writing: which one, where the system tells), read-only, left with a crash&apos;s -journal, or from a newer ChipLens? Says what to do about each.</source>
        <translation>检查数据库而不做任何更改：是否损坏、被占用（另一程序正在写入：若系统告知，则指出是哪个）、只读、留有崩溃遗留的 -journal，或由更新版本的 ChipLens 写入？并说明每种情况的处理办法。</translation>
    </message>
    <message>
        <source>back the database up (to the backups folder, or to FILE)</source>
        <translation>备份数据库（到备份文件夹，或到 FILE）</translation>
    </message>
    <message>
        <source>write the backup to FILE (must not exist yet)</source>
        <translation>将备份写入 FILE（该文件不得已存在）</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>列出备份，最新的在前</translation>
    </message>
    <message>
        <source>restore a backup file, or LATEST (the newest good one); the current database is backed up first</source>
        <translation>恢复一个备份文件，或 LATEST（最新的完好备份）；先备份当前数据库</translation>
    </message>
    <message>
        <source>move the database aside (kept, renamed) and start with a fresh one</source>
        <translation>将数据库移到一旁（保留并改名），并以一个新数据库重新开始</translation>
    </message>
    <message>
        <source>ChipLens is running with the data folder %1 (process %2). Close its window first, or use File &gt; Backups… in that window.</source>
        <translation>ChipLens 正在使用数据文件夹 %1 运行（进程 %2）。请先关闭其窗口，或在该窗口中使用“文件 &gt; 备份…”。</translation>
    </message>
    <message>
        <source>no backups yet in %1</source>
        <translation>%1 中还没有备份</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>not backed up: %1</source>
        <translation>未备份：%1</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name</source>
        <translation>%1 已存在；请另选文件名</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
    <message>
        <source>the database as it was is backed up in %1</source>
        <translation>原来的数据库已备份到 %1</translation>
    </message>
    <message>
        <source>the damaged database was moved aside (kept) to %1</source>
        <translation>损坏的数据库已移到 %1（保留）</translation>
    </message>
    <message>
        <source>fresh database: %1</source>
        <translation>新数据库：%1</translation>
    </message>
    <message>
        <source>the previous one was moved aside (kept) to %1</source>
        <translation>之前的数据库已移到 %1（保留）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Jur.</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>no event matches these filters</source>
        <translation>没有符合这些筛选条件的事件</translation>
    </message>
    <message>
        <source>import data: Epoch AI&apos;s ml_hardware.csv, a ChipLens CSV or a JSON data pack (from `export data`); shows what is added, changed, skipped and removed</source>
        <translation>导入数据：Epoch AI 的 ml_hardware.csv、ChipLens CSV 或 JSON 数据包（来自 `export data`）；显示新增、变更、跳过和删除的内容</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: detected)</source>
        <translation>文件格式（默认：自动识别）</translation>
    </message>
    <message>
        <source>show what the import would do; write nothing</source>
        <translation>显示导入将会做什么；不写入任何内容</translation>
    </message>
    <message>
        <source>import the valid rows of a file that has errors (listed) instead of refusing it</source>
        <translation>文件有错误时（会列出）导入其中的有效行，而不是拒绝整个文件</translation>
    </message>
    <message>
        <source>also import the figures held as unit suspect (8, 1,000 or 1,024 times off the other sources of the same device), as the file gives them</source>
        <translation>同时按文件原样导入疑似单位错误的数值（与同一设备其他来源相差 8、1,000 或 1,024 倍）</translation>
    </message>
    <message>
        <source>new devices (%1): %2</source>
        <translation>新设备（%1 个）：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>skipped (--valid-only)</source>
        <translation>已跳过（--valid-only）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 error(s) in %2; nothing was imported. Fix the file, or run again with --valid-only to import the other rows.</source>
        <translation>%2 中有 %1 个错误；未导入任何内容。请修正文件，或加上 --valid-only 重新运行以导入其余各行。</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>试运行：未写入任何内容</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 new devices</source>
        <translation>%1 个新设备</translation>
    </message>
    <message>
        <source>added %1, changed %2, skipped %3, removed %4, errors %5, held %6</source>
        <translation>新增 %1，修改 %2，跳过 %3，删除 %4，错误 %5，暂扣 %6</translation>
    </message>
    <message>
        <source>added %1, changed %2, skipped %3, removed %4, errors %5</source>
        <translation>新增 %1，修改 %2，跳过 %3，删除 %4，错误 %5</translation>
    </message>
    <message>
        <source>warning: %1 figure(s) held as unit suspect (marked ?) were not imported; check them, then run again with --accept-suspect to import them as the file gives them</source>
        <translation>警告：%1 个因单位可疑而暂扣的数值（标记为 ?）未导入；请核对后加上 --accept-suspect 重新运行，按文件原样导入</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>--title must not be empty</source>
        <translation>--title 不能为空</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>shared with the team: it goes at the next sync (chiplens team sync)</source>
        <translation>已与团队共享：将在下次同步时发送（chiplens team sync）</translation>
    </message>
    <message>
        <source>shared with the team: it goes at the first sync once this store is connected to a team library (chiplens team connect CONNINFO)</source>
        <translation>已与团队共享：此数据库连接到团队库后，将在首次同步时发送（chiplens team connect CONNINFO）</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>Uid</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>没有笔记</translation>
    </message>
    <message>
        <source>--limit must be at least 1</source>
        <translation>--limit 至少为 1</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>no note matches %1</source>
        <translation>没有与 %1 匹配的笔记</translation>
    </message>
    <message>
        <source>%1 already holds %2 file(s) of the same name as the notes; nothing was written:
%3
Run again with --force to replace them.</source>
        <translation>%1 中已有 %2 个与笔记同名的文件；未写入任何内容：
%3
加上 --force 重新运行即可替换它们。</translation>
    </message>
    <message>
        <source>exported %1 notes to %2</source>
        <translation>已将 %1 条笔记导出到 %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>created %1, updated %2, unchanged %3</source>
        <translation>新建 %1，更新 %2，未变 %3</translation>
    </message>
    <message>
        <source>no note with uid %1 (chiplens notes list shows them)</source>
        <translation>没有 uid 为 %1 的笔记（chiplens notes list 可列出笔记）</translation>
    </message>
    <message>
        <source>the brief is a PDF: the file name must end in .pdf</source>
        <translation>简报是 PDF：文件名必须以 .pdf 结尾</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>write the day as YYYY-MM-DD</source>
        <translation>请将日期写作 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>give 2 to 4 devices (chiplens report 910c h100 -o brief.pdf) or --pairing SLUG, not both</source>
        <translation>请给出 2 到 4 个设备（chiplens report 910c h100 -o brief.pdf）或 --pairing SLUG，不可同时给出</translation>
    </message>
    <message>
        <source>give 2 to 4 devices or --pairing SLUG</source>
        <translation>请给出 2 到 4 个设备或 --pairing SLUG</translation>
    </message>
    <message>
        <source>--baseline goes with devices; a saved pairing keeps its own baseline</source>
        <translation>--baseline 与设备一起使用；已保存的对比组合保留自己的基准</translation>
    </message>
    <message>
        <source>no pairing %1; known pairings: %2</source>
        <translation>没有对比组合 %1；已知的对比组合：%2</translation>
    </message>
    <message>
        <source>copy every readable row of a damaged database into a new one, which takes its place (the damaged file is kept); exit 3 if rows were lost</source>
        <translation>将损坏数据库中每一条可读的行复制到一个新数据库，由新库取而代之（损坏的文件会保留）；若有行丢失则退出码为 3</translation>
    </message>
    <message>
        <source>restore the latest good backup instead and merge into it the salvaged rows of yours that it lacks or has older</source>
        <translation>改为恢复最近的完好备份，并将抢救出的、备份中缺少或较旧的您的行合并进去</translation>
    </message>
    <message>
        <source>there is no database to salvage: %1</source>
        <translation>没有可抢救的数据库：%1</translation>
    </message>
    <message>
        <source>the database is healthy; nothing to salvage: %1</source>
        <translation>数据库完好；无需抢救：%1</translation>
    </message>
    <message>
        <source>there is no good backup to merge into (in %1); run &apos;chiplens db salvage&apos; without --merge to use the salvaged rows as they are</source>
        <translation>没有可合并的完好备份（在 %1 中）；请不带 --merge 运行 &apos;chiplens db salvage&apos;，直接使用抢救出的行</translation>
    </message>
    <message>
        <source>restored %1 and merged the salvaged rows into %2</source>
        <translation>已从 %1 恢复，并将抢救出的行合并到 %2</translation>
    </message>
    <message>
        <source>the salvaged store is kept in %1</source>
        <translation>抢救出的数据库保留在 %1</translation>
    </message>
    <message>
        <source>the salvaged store is now the database: %1</source>
        <translation>抢救出的数据库现已成为当前数据库：%1</translation>
    </message>
    <message>
        <source>every source with its kind, carrier quality, the figures resting on it and the devices whose headline figure it gives</source>
        <translation>每个来源及其类型、载体质量、依据它的数值，以及由它给出主要数值的设备</translation>
    </message>
    <message>
        <source>only the sources with figures read on a weak relay (aggregators, wikis, reseller blogs, mirrors)</source>
        <translation>仅列出有数值取自低质量转载（聚合站、维基、经销商博客、镜像站）的来源</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>载体</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>低质量</translation>
    </message>
    <message>
        <source>Headline devices</source>
        <translation>主要设备</translation>
    </message>
    <message>
        <source>the software stacks side by side: how each reaches PyTorch, JAX, vLLM, SGLang, llama.cpp, Triton…, its CUDA compatibility and openness, sourced</source>
        <translation>并排比较各软件栈：各自如何支持 PyTorch、JAX、vLLM、SGLang、llama.cpp、Triton……，其 CUDA 兼容性与开放程度，均附来源</translation>
    </message>
    <message>
        <source>one side&apos;s stacks only</source>
        <translation>仅列出一方的软件栈</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>the software stacks matrix, with a legend of route kinds and a caption</source>
        <translation>软件栈矩阵，附路径类型图例和图注</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>supply facts (output, yields, node, fab capacity, HBM, market share, revenue, funding), each estimate with its unit, what it counts and its source</source>
        <translation>供应信息（产量、良率、制程节点、晶圆厂产能、HBM、市场份额、营收、融资），每项估算附单位、计数对象和来源</translation>
    </message>
    <message>
        <source>words that must all appear in the subject (huawei, &apos;ascend 910c&apos;, smic); all: every fact</source>
        <translation>主题中必须全部出现的词（huawei、&apos;ascend 910c&apos;、smic）；all：全部信息</translation>
    </message>
    <message>
        <source>one kind of fact: %1</source>
        <translation>一种信息类型：%1</translation>
    </message>
    <message>
        <source>unknown metric %1: use one of %2</source>
        <translation>未知指标 %1：请使用以下之一：%2</translation>
    </message>
    <message>
        <source>no supply fact of kind %1 names %2</source>
        <translation>没有类型为 %1 且提及 %2 的供应信息</translation>
    </message>
    <message>
        <source>no supply fact of kind %1</source>
        <translation>没有类型为 %1 的供应信息</translation>
    </message>
    <message>
        <source>no supply fact names %1</source>
        <translation>没有提及 %1 的供应信息</translation>
    </message>
    <message>
        <source>no supply fact</source>
        <translation>没有供应信息</translation>
    </message>
    <message>
        <source>the team library: connect, sync, conflicts, members</source>
        <translation>团队库：连接、同步、冲突、成员</translation>
    </message>
    <message>
        <source>connect this store to a team library; prints where, as whom, which role</source>
        <translation>将此数据库连接到团队库；输出位置、身份和角色</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, libpq keywords (host=... dbname=... user=...) or service=NAME</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE、libpq 关键字（host=... dbname=... user=...）或 service=NAME</translation>
    </message>
    <message>
        <source>keep the password in the system keyring (without one, libpq&apos;s ~/.pgpass is read)</source>
        <translation>将密码保存在系统密钥环中（没有密钥环时读取 libpq 的 ~/.pgpass）</translation>
    </message>
    <message>
        <source>stop syncing this store (its queue, conflicts and the team&apos;s rows stay)</source>
        <translation>停止同步此数据库（其待同步队列、冲突和团队的行均保留）</translation>
    </message>
    <message>
        <source>where, as whom, which role, last sync, queued changes, open conflicts</source>
        <translation>位置、身份、角色、上次同步、待同步的更改、未解决的冲突</translation>
    </message>
    <message>
        <source>as JSON (English keys)</source>
        <translation>以 JSON 输出（英文键）</translation>
    </message>
    <message>
        <source>push the queued changes, then pull what teammates changed</source>
        <translation>推送待同步的更改，然后拉取队友的更改</translation>
    </message>
    <message>
        <source>the conflicts kept by syncs, not yet settled</source>
        <translation>同步时保留、尚未解决的冲突</translation>
    </message>
    <message>
        <source>as JSON, with both versions</source>
        <translation>以 JSON 输出，含两个版本</translation>
    </message>
    <message>
        <source>settle a conflict: keep mine, theirs, or mine as a copy</source>
        <translation>解决冲突：保留我的、他们的，或将我的另存为副本</translation>
    </message>
    <message>
        <source>the conflict&apos;s id (chiplens team conflicts)</source>
        <translation>冲突的 id（见 chiplens team conflicts）</translation>
    </message>
    <message>
        <source>mine: send mine over theirs; theirs: take the library&apos;s; copy: take theirs and keep mine apart as a copy of its own</source>
        <translation>mine：用我的版本覆盖他们的；theirs：采用团队库的版本；copy：采用他们的版本，并将我的另存为独立副本</translation>
    </message>
    <message>
        <source>the library&apos;s members and their roles (an administrator&apos;s)</source>
        <translation>团队库的成员及其角色（仅限管理员）</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>以 JSON 输出</translation>
    </message>
    <message>
        <source>give a PostgreSQL login a role in the library (an administrator&apos;s)</source>
        <translation>为某个 PostgreSQL 登录名授予团队库中的角色（仅限管理员）</translation>
    </message>
    <message>
        <source>the PostgreSQL login (it must exist: CREATE ROLE ... LOGIN)</source>
        <translation>PostgreSQL 登录名（必须已存在：CREATE ROLE ... LOGIN）</translation>
    </message>
    <message>
        <source>reader (pull only), editor (add; change and delete their own rows) or admin (everything, members too)</source>
        <translation>reader（仅拉取）、editor（添加；修改和删除自己的行）或 admin（全部权限，包括管理成员）</translation>
    </message>
    <message>
        <source>create or upgrade a library&apos;s schema and roles on a database (an administrator&apos;s: the database owner or a superuser)</source>
        <translation>在数据库上创建或升级团队库的架构和角色（仅限管理员：数据库所有者或超级用户）</translation>
    </message>
    <message>
        <source>the database, as for connect</source>
        <translation>数据库，写法同 connect</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>从标准输入的第一行读取密码</translation>
    </message>
    <message>
        <source>this library instead of the store&apos;s (e.g. as an administrator: postgresql://admin@HOST/DATABASE)</source>
        <translation>使用此团队库，而非数据库所连接的团队库（例如以管理员身份：postgresql://admin@HOST/DATABASE）</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password (one line expected)</source>
        <translation>--password-stdin：标准输入中没有密码（应为一行）</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>connected to %1 as %2 (%3)</source>
        <translation>已以 %2（%3）身份连接到 %1</translation>
    </message>
    <message>
        <source>the system keyring did not take the password; libpq&apos;s ~/.pgpass (or PGPASSWORD) is read instead</source>
        <translation>系统密钥环未接受该密码；改为读取 libpq 的 ~/.pgpass（或 PGPASSWORD）</translation>
    </message>
    <message>
        <source>this computer has no system keyring: the password is not kept; libpq&apos;s ~/.pgpass (or PGPASSWORD, or the service file) is read instead</source>
        <translation>本机没有系统密钥环：不保存密码；改为读取 libpq 的 ~/.pgpass（或 PGPASSWORD，或服务文件）</translation>
    </message>
    <message>
        <source>the password is not kept: later commands read it from libpq&apos;s ~/.pgpass or PGPASSWORD (or connect again with --keep-password)</source>
        <translation>不保存密码：之后的命令将从 libpq 的 ~/.pgpass 或 PGPASSWORD 读取密码（或加上 --keep-password 重新连接）</translation>
    </message>
    <message>
        <source>not connected to a team library (chiplens team connect CONNINFO)</source>
        <translation>未连接到团队库（chiplens team connect CONNINFO）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>queued changes: %1</source>
        <translation>待同步的更改：%1</translation>
    </message>
    <message>
        <source>open conflicts: %1</source>
        <translation>未解决的冲突：%1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, new conflicts %3, still queued %4</source>
        <translation>发送 %1，接收 %2，新冲突 %3，仍待同步 %4</translation>
    </message>
    <message>
        <source>chiplens team conflicts lists them; chiplens team resolve settles each</source>
        <translation>chiplens team conflicts 可列出冲突；chiplens team resolve 可逐个解决</translation>
    </message>
    <message>
        <source>no open conflicts</source>
        <translation>没有未解决的冲突</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Theirs by</source>
        <translation>对方作者</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>no open conflict %1 (chiplens team conflicts lists them)</source>
        <translation>没有未解决的冲突 %1（chiplens team conflicts 可列出冲突）</translation>
    </message>
    <message>
        <source>the library refused this change (your role does not allow it): keep theirs, or keep yours as a copy (--keep copy)</source>
        <translation>团队库拒绝了此更改（您的角色不允许）：请保留对方的版本，或将您的版本另存为副本（--keep copy）</translation>
    </message>
    <message>
        <source>conflict %1 settled (%2)</source>
        <translation>冲突 %1 已解决（%2）</translation>
    </message>
    <message>
        <source>this store is not connected to a team library: connect one (chiplens team connect CONNINFO) or name it with --url CONNINFO</source>
        <translation>此数据库未连接到团队库：请连接一个（chiplens team connect CONNINFO），或用 --url CONNINFO 指定</translation>
    </message>
    <message>
        <source>the library has no members yet</source>
        <translation>团队库还没有成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>%1 is now %2 of the team library</source>
        <translation>%1 在团队库中的角色现为 %2</translation>
    </message>
    <message>
        <source>team library ready: schema revision %1</source>
        <translation>团队库已就绪：架构版本 %1</translation>
    </message>
    <message>
        <source>disconnected from %1</source>
        <translation>已断开与 %1 的连接</translation>
    </message>
    <message>
        <source>this store was not connected</source>
        <translation>此数据库未曾连接</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>all-in</source>
        <translation>含全部组件</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>单向</translation>
    </message>
    <message>
        <source>Cube units</source>
        <translation>Cube 单元</translation>
    </message>
    <message>
        <source>vector units</source>
        <translation>向量单元</translation>
    </message>
    <message>
        <source>package</source>
        <translation>封装</translation>
    </message>
    <message>
        <source>board</source>
        <translation>板卡</translation>
    </message>
    <message>
        <source>superchip</source>
        <translation>超级芯片</translation>
    </message>
    <message>
        <source>die</source>
        <translation>裸片</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation>稀疏性</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>granularity</source>
        <translation>粒度</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <source>%1 unstated</source>
        <translation>%1未说明</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>baseline (ratios ÷ %1)</source>
        <translation>基准（比值 ÷ %1）</translation>
    </message>
    <message>
        <source>figure, ratio ÷ %1</source>
        <translation>数值，比值 ÷ %1</translation>
    </message>
    <message>
        <source>Ratio A / B</source>
        <translation>比值 A / B</translation>
    </message>
    <message>
        <source>Ratio %1 / %2</source>
        <translation>比值 %1 / %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>  (+%n more)</source>
        <translation>  （另有 %n 个）</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>Canonical unit: %1</source>
        <translation>标准单位：%1</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>不可比</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Key metrics, A relative to B</source>
        <translation>关键指标，A 相对于 B</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Scale to match</source>
        <translation>需多少才能持平</translation>
    </message>
    <message>
        <source>Sources of the selected figure</source>
        <translation>所选数值的来源</translation>
    </message>
    <message>
        <source>Key metrics, each relative to %1</source>
        <translation>关键指标，均相对于 %1</translation>
    </message>
    <message>
        <source>Key metrics, %1 relative to %2</source>
        <translation>关键指标，%1 相对于 %2</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Comparison table</source>
        <translation>对比表</translation>
    </message>
</context>
<context>
    <name>ControlActions</name>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Jur.</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效期间</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>归属</translation>
    </message>
    <message>
        <source>yours (edits the bundled rule)</source>
        <translation>您的（修改内置规则）</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Export-control rules</source>
        <translation>出口管制规则</translation>
    </message>
    <message>
        <source>&amp;Add a rule…</source>
        <translation>添加规则(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete yours</source>
        <translation>删除您的规则(&amp;D)</translation>
    </message>
    <message>
        <source>Only your own rules can be deleted.</source>
        <translation>只能删除您自己的规则。</translation>
    </message>
    <message>
        <source>E&amp;xport-control rules…</source>
        <translation>出口管制规则(&amp;X)…</translation>
    </message>
    <message>
        <source>Export-control rule</source>
        <translation>出口管制规则</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>编辑规则 %1</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>添加规则 %1</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>删除规则 %1</translation>
    </message>
</context>
<context>
    <name>ControlMap</name>
    <message>
        <source>TPP (total processing performance, log scale)</source>
        <translation>TPP（总处理性能，对数刻度）</translation>
    </message>
    <message>
        <source>Performance density (TPP ÷ die area, log scale)</source>
        <translation>性能密度（TPP ÷ 芯片面积，对数刻度）</translation>
    </message>
</context>
<context>
    <name>ControlRuleDialog</name>
    <message>
        <source>Edit the export-control rule</source>
        <translation>编辑出口管制规则</translation>
    </message>
    <message>
        <source>Add an export-control rule</source>
        <translation>添加出口管制规则</translation>
    </message>
    <message>
        <source>Saving makes this your version of the bundled rule: it is used instead of it and kept over data updates. Delete your version to return to the bundled one.</source>
        <translation>保存后，此规则即成为您自己的内置规则版本：它将取代内置规则，并在数据更新时保留。删除您的版本即可恢复内置规则。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>管辖区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Ends (empty: in force)</source>
        <translation>终止日期（留空：仍有效）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD，或留空</translation>
    </message>
    <message>
        <source>Tests, as JSON</source>
        <translation>测试（JSON）</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>管辖区(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Takes &amp;effect</source>
        <translation>生效日期(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation>终止日期(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tests (JSON)</source>
        <translation>测试（JSON）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>读取：%1</translation>
    </message>
    <message>
        <source>no chip test</source>
        <translation>无芯片测试</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>meets a threshold rule</source>
        <translation>触及阈值规则</translation>
    </message>
    <message>
        <source>named by a licence policy</source>
        <translation>被许可政策点名</translation>
    </message>
    <message>
        <source>under every line</source>
        <translation>低于所有阈值线</translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>density not published</source>
        <translation>密度未公布</translation>
    </message>
    <message>
        <source>TPP source: %1</source>
        <translation>TPP 来源：%1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>PD</source>
        <translation>PD</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>DRAM bandwidth</source>
        <translation>DRAM 带宽</translation>
    </message>
    <message>
        <source>transistors in the package</source>
        <translation>封装内晶体管数</translation>
    </message>
    <message>
        <source>has HBM</source>
        <translation>含 HBM</translation>
    </message>
    <message>
        <source>HBM bandwidth density</source>
        <translation>HBM 带宽密度</translation>
    </message>
    <message>
        <source>share of Chinese rare-earth value</source>
        <translation>中国稀土价值占比</translation>
    </message>
    <message>
        <source>share of domestic compute and storage chips</source>
        <translation>国产计算与存储芯片占比</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>达到阈值</translation>
    </message>
    <message>
        <source>meets, whatever its %1</source>
        <translation>达到阈值（无论 %1 如何）</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>未达阈值</translation>
    </message>
    <message>
        <source>misses, whatever its %1</source>
        <translation>未达阈值（无论 %1 如何）</translation>
    </message>
    <message>
        <source>cannot be decided: %1 not published</source>
        <translation>无法判定：%1 未公布</translation>
    </message>
    <message>
        <source>depends on which reported figure holds</source>
        <translation>取决于采信哪个报道数值</translation>
    </message>
    <message>
        <source>no chip test</source>
        <translation>无芯片检验项</translation>
    </message>
    <message>
        <source>names it</source>
        <translation>点名该设备</translation>
    </message>
    <message>
        <source>does not name it</source>
        <translation>未点名该设备</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>depends</source>
        <translation>视数值而定</translation>
    </message>
    <message>
        <source>● meets</source>
        <translation>● 达到</translation>
    </message>
    <message>
        <source>● meets*</source>
        <translation>● 达到*</translation>
    </message>
    <message>
        <source>○ misses</source>
        <translation>○ 未达到</translation>
    </message>
    <message>
        <source>○ misses*</source>
        <translation>○ 未达到*</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? 未知</translation>
    </message>
    <message>
        <source>◐ depends</source>
        <translation>◐ 视情况</translation>
    </message>
    <message>
        <source>● named</source>
        <translation>● 点名</translation>
    </message>
    <message>
        <source>○ not named</source>
        <translation>○ 未点名</translation>
    </message>
    <message>
        <source>enacted</source>
        <translation>颁布</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>rescinded</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>threshold unverified</source>
        <translation>阈值未核实</translation>
    </message>
    <message>
        <source>not in force on %1</source>
        <translation>于 %1 未生效</translation>
    </message>
    <message>
        <source>threshold rule</source>
        <translation>阈值规则</translation>
    </message>
    <message>
        <source>licence policy</source>
        <translation>许可政策</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>指导意见</translation>
    </message>
    <message>
        <source>procurement rule</source>
        <translation>采购规则</translation>
    </message>
    <message>
        <source>rescission</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>a licence policy: it changes the licence outcome, not the classification</source>
        <translation>许可政策：改变的是许可结果，而非分类</translation>
    </message>
    <message>
        <source>guidance: no technical threshold</source>
        <translation>指导意见：无技术阈值</translation>
    </message>
    <message>
        <source>acts on purchases in China, not on US classification</source>
        <translation>作用于在华采购，而非美国的分类</translation>
    </message>
    <message>
        <source>rescinds another rule</source>
        <translation>撤销另一项规则</translation>
    </message>
    <message>
        <source>its thresholds are not on chip figures ChipLens tracks</source>
        <translation>其阈值不涉及 ChipLens 跟踪的芯片数值</translation>
    </message>
    <message>
        <source>cannot compute: die area not published</source>
        <translation>无法计算：芯片面积未公布</translation>
    </message>
    <message>
        <source>cannot compute: only one die&apos;s area is published (not the package&apos;s)</source>
        <translation>无法计算：仅公布了单颗芯片的面积（而非整个封装）</translation>
    </message>
    <message>
        <source>cannot compute: TPP not published</source>
        <translation>无法计算：TPP 未公布</translation>
    </message>
    <message>
        <source>Give the rule an id of letters, digits and - . _ : (2 to 100 characters).</source>
        <translation>请为规则指定由字母、数字和 - . _ : 组成的标识符（2 至 100 个字符）。</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>请为规则命名。</translation>
    </message>
    <message>
        <source>Choose the kind of rule.</source>
        <translation>请选择规则类型。</translation>
    </message>
    <message>
        <source>Choose US, CN or other.</source>
        <translation>请选择 US、CN 或其他。</translation>
    </message>
    <message>
        <source>Write the date it takes effect as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写生效日期。</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 格式填写结束日期，或留空。</translation>
    </message>
    <message>
        <source>The end date must come after the date it takes effect.</source>
        <translation>结束日期必须晚于生效日期。</translation>
    </message>
    <message>
        <source>Each test needs its own name.</source>
        <translation>每个检验项都需要各自的名称。</translation>
    </message>
    <message>
        <source>A test&apos;s condition cannot be read: %1</source>
        <translation>某个检验项的条件无法读取：%1</translation>
    </message>
    <message>
        <source>The conditions are not valid JSON: %1</source>
        <translation>条件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 not published (line: %2 %3)</source>
        <translation>%1 未公布（界线：%2 %3）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 %2: on both sides of %3</source>
        <translation>%1 %2：位于 %3 两侧</translation>
    </message>
    <message>
        <source>over</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>under</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>%1 %2, exactly at %3</source>
        <translation>%1 %2，恰好等于 %3</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation>%1 %2，%3 %4</translation>
    </message>
    <message>
        <source>%1 %2, %3% %4 %5</source>
        <translation>%1 %2，%4 %5 %3%</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>某个数值</translation>
    </message>
    <message>
        <source>the rule names %1</source>
        <translation>规则点名 %1</translation>
    </message>
    <message>
        <source>not among the products the rule names</source>
        <translation>不在规则点名的产品之列</translation>
    </message>
    <message>
        <source>the test</source>
        <translation>该测试</translation>
    </message>
    <message>
        <source>eligible for case-by-case review</source>
        <translation>可获逐案审查</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>not applicable: a system with no single kind of accelerator chip</source>
        <translation>不适用：系统中没有单一类型的加速器芯片</translation>
    </message>
    <message>
        <source>not published (%1)</source>
        <translation>未公布（%1）</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>%1 (judged through %2 × %3)</source>
        <translation>%1（按 %2 × %3 判定）</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>点名 %1</translation>
    </message>
    <message>
        <source>presumption rebuttal</source>
        <translation>推翻推定</translation>
    </message>
    <message>
        <source>domestic chip share</source>
        <translation>国产芯片占比</translation>
    </message>
    <message>
        <source>de minimis value share</source>
        <translation>微量规则价值占比</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Export-control verdict (%1, %2)</source>
        <translation>出口管制判定（%1，%2）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>cannot be decided: TPP %1</source>
        <translation>无法判定：TPP %1</translation>
    </message>
    <message>
        <source>meets %1 (%2)</source>
        <translation>达到 %1（%2）</translation>
    </message>
    <message>
        <source>misses every threshold (%1)</source>
        <translation>未达到任何阈值（%1）</translation>
    </message>
    <message>
        <source>no threshold rule in force</source>
        <translation>无生效的阈值规则</translation>
    </message>
    <message>
        <source>named by %1</source>
        <translation>被 %1 点名</translation>
    </message>
    <message>
        <source>eligible for case-by-case review (%1)</source>
        <translation>可获逐案审查（%1）</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>the rules in force that day applied to TPP and density</source>
        <translation>当日生效的规则应用于 TPP 与性能密度</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>正在绘制管制图…</translation>
    </message>
    <message>
        <source>Step through the days the rules changed</source>
        <translation>逐一查看规则变更的日期</translation>
    </message>
    <message>
        <source>Rules in force on</source>
        <translation>规则生效于</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>The map on this day as PNG, SVG or PDF, with its caption and sources</source>
        <translation>将当日的管制图导出为 PNG、SVG 或 PDF，附图注与来源</translation>
    </message>
    <message>
        <source>Export controls</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>ringed: in the comparison</source>
        <translation>带圈：在比较中</translation>
    </message>
    <message>
        <source>Reading %1 devices…</source>
        <translation>正在读取 %1 个设备…</translation>
    </message>
    <message>
        <source>The verdicts could not be read: %1</source>
        <translation>无法读取判定结果：%1</translation>
    </message>
    <message>
        <source>Export the control map</source>
        <translation>导出管制图</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>图片 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Export-control rule</source>
        <translation>出口管制规则</translation>
    </message>
    <message>
        <source>no chip threshold</source>
        <translation>无芯片阈值</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Caught on %1</source>
        <translation>%1 受管制</translation>
    </message>
    <message>
        <source>Missed on %1</source>
        <translation>%1 不受管制</translation>
    </message>
    <message>
        <source>Undecided on %1 (a figure not published)</source>
        <translation>%1 无法判定（有数值未公布）</translation>
    </message>
    <message>
        <source>In force on %1, not drawn (other figures, or no chip test):</source>
        <translation>%1 已生效但未绘出（涉及其他数值，或无芯片测试）：</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected error</source>
        <translation>%1：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside ChipLens (a bug, not your data). ChipLens keeps running; your saved data is safe.</source>
        <translation>ChipLens 内部出错（是程序缺陷，与您的数据无关）。ChipLens 会继续运行；您已保存的数据是安全的。</translation>
    </message>
    <message>
        <source>The details were written to:
%1

Please send that file with a bug report.</source>
        <translation>详细信息已写入：
%1

请在提交错误报告时附上该文件。</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>ChipLens cannot read its database file:</source>
        <translation>ChipLens 无法读取其数据库文件：</translation>
    </message>
    <message>
        <source>What is wrong: %1.</source>
        <translation>问题：%1。</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>未知损坏</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file is not deleted: it is renamed to “%1.damaged-DATE” in the same folder, so it can still be examined.</source>
        <translation>无论您如何选择，损坏的文件都不会被删除：它会在同一文件夹中重命名为“%1.damaged-DATE”，以便日后检查。</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2). Restoring it brings back your notes and values as they were then.</source>
        <translation>最新的完好备份来自 %1（%2）。恢复该备份可找回您当时的笔记和数值。</translation>
    </message>
    <message>
        <source>There is no usable backup. Starting fresh creates a new database with the reference data; your notes stay in the damaged file.</source>
        <translation>没有可用的备份。重新开始将创建一个包含参考数据的新数据库；您的笔记仍留在损坏的文件中。</translation>
    </message>
    <message>
        <source>Recovering what can be read copies every row that can still be read (notes, your figures, sources, events) into a new database and shows what was recovered and lost before anything is replaced.</source>
        <translation>抢救可读数据会将所有仍可读取的行（笔记、您的数值、来源、事件）复制到新数据库中，并在替换任何内容之前显示已抢救和已丢失的内容。</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>恢复最新备份(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;cover what can be read</source>
        <translation>抢救可读数据(&amp;C)</translation>
    </message>
    <message>
        <source>Start &amp;fresh</source>
        <translation>重新开始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open another folder…</source>
        <translation>打开其他文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Move the damaged file aside and put the backup in its place</source>
        <translation>将损坏的文件移到一旁，并用备份取而代之</translation>
    </message>
    <message>
        <source>Copy every row that can still be read into a new database, then see what was recovered and lost before choosing what to keep</source>
        <translation>将所有仍可读取的行复制到新数据库，然后查看已抢救和已丢失的内容，再决定保留什么</translation>
    </message>
    <message>
        <source>Move the damaged file aside and create a new database with the reference data only</source>
        <translation>将损坏的文件移到一旁，并创建仅含参考数据的新数据库</translation>
    </message>
</context>
<context>
    <name>DataChanges</name>
    <message>
        <source>Data release %1 (%2)</source>
        <translation>数据版本 %1（%2）</translation>
    </message>
    <message>
        <source>Data release %1 (%2): what changed since %3</source>
        <translation>数据版本 %1（%2）：自 %3 以来的变更</translation>
    </message>
    <message>
        <source>Nothing changed in the data since %1.</source>
        <translation>自 %1 以来数据没有变化。</translation>
    </message>
    <message>
        <source>Figures the comparisons show that changed (%1)</source>
        <translation>对比中显示的数值有变化（%1）</translation>
    </message>
    <message>
        <source>Figures a source now gives differently (%1)</source>
        <translation>来源现给出不同数值（%1）</translation>
    </message>
    <message>
        <source>Figures now cited from a better page (%1)</source>
        <translation>改为引用更好页面的数值（%1）</translation>
    </message>
    <message>
        <source>Figures removed (%1)</source>
        <translation>已删除的数值（%1）</translation>
    </message>
    <message>
        <source>Sources now disagree by more than %2 (%1)</source>
        <translation>来源间差异现超过 %2（%1）</translation>
    </message>
    <message>
        <source>Sources no longer disagree (%1)</source>
        <translation>来源不再存在分歧（%1）</translation>
    </message>
    <message>
        <source>Devices with another status (%1)</source>
        <translation>状态变更的设备（%1）</translation>
    </message>
    <message>
        <source>Devices removed (%1)</source>
        <translation>已删除的设备（%1）</translation>
    </message>
    <message>
        <source>Devices added (%1)</source>
        <translation>新增设备（%1）</translation>
    </message>
    <message>
        <source>Figures added for devices already listed (%1)</source>
        <translation>为已有设备新增的数值（%1）</translation>
    </message>
    <message>
        <source>Preset pairings added (%1)</source>
        <translation>新增预设对比（%1）</translation>
    </message>
    <message>
        <source>Timeline events added (%1)</source>
        <translation>新增时间线事件（%1）</translation>
    </message>
    <message>
        <source>Timeline events updated (%1)</source>
        <translation>已更新的时间线事件（%1）</translation>
    </message>
    <message>
        <source>Timeline events removed (%1)</source>
        <translation>已删除的时间线事件（%1）</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4 figures)</source>
        <translation>%1 — %2，%3（%4 个数值）</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>已出货</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>China-specific</source>
        <translation>中国特供版</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>now %1; was %2</source>
        <translation>现为 %1；原为 %2</translation>
    </message>
    <message>
        <source>%1, the same source</source>
        <translation>%1，同一来源</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>原为 %1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>已更新：%1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 devices added</source>
        <translation>新增 %1 个设备</translation>
    </message>
    <message>
        <source>%1 figures added</source>
        <translation>新增 %1 个数值</translation>
    </message>
    <message>
        <source>%1 figures shown in comparisons changed</source>
        <translation>对比中显示的 %1 个数值有变化</translation>
    </message>
    <message>
        <source>%1 figures changed</source>
        <translation>%1 个数值有变化</translation>
    </message>
    <message>
        <source>%1 figures removed</source>
        <translation>删除 %1 个数值</translation>
    </message>
    <message>
        <source>%1 events added</source>
        <translation>新增 %1 个事件</translation>
    </message>
    <message>
        <source>%1 disagreements opened</source>
        <translation>新增 %1 处分歧</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 处已消除</translation>
    </message>
</context>
<context>
    <name>DataChangesDialog</name>
    <message>
        <source>What&apos;s new in the data</source>
        <translation>数据更新内容</translation>
    </message>
    <message>
        <source>your data was release %1 before this upgrade</source>
        <translation>此次升级前，您的数据为版本 %1</translation>
    </message>
    <message>
        <source>Changes since release:</source>
        <translation>自此版本以来的变更：</translation>
    </message>
    <message>
        <source>What changed in the data</source>
        <translation>数据中的变更</translation>
    </message>
    <message>
        <source>No earlier data release to compare with.</source>
        <translation>没有可供比较的早期数据版本。</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Edit a device</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Huawei Ascend 950PR</source>
        <translation>例如 Huawei Ascend 950PR</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>other names, comma-separated: 950PR, Ascend 950PR</source>
        <translation>其他名称，以逗号分隔：950PR, Ascend 950PR</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>chip (one accelerator)</source>
        <translation>芯片（单个加速器）</translation>
    </message>
    <message>
        <source>system (rack or pod)</source>
        <translation>系统（机柜或集群）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜数</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>Rack note</source>
        <translation>机柜笔记</translation>
    </message>
    <message>
        <source>e.g. 12 compute racks × 32 NPUs + 4 switch racks</source>
        <translation>例如 12 个计算机柜 × 32 个 NPU + 4 个交换机柜</translation>
    </message>
    <message>
        <source>System composition</source>
        <translation>系统组成</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Known device</source>
        <translation>已知设备</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>添加组件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove part</source>
        <translation>移除组件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>别名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>系列(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Vendor, country</source>
        <translation>厂商、国家(&amp;V)</translation>
    </message>
    <message>
        <source>Rac&amp;ks</source>
        <translation>机柜数(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Composition</source>
        <translation>组成(&amp;C)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Source of the count</source>
        <translation>数量来源</translation>
    </message>
    <message>
        <source>a count must be a whole number, such as 384</source>
        <translation>数量必须是整数，例如 384</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status, as of</source>
        <translation>状态，截至</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>又称：%1</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <source>Choose a device ▾</source>
        <translation>选择设备 ▾</translation>
    </message>
    <message>
        <source>Choose a chip or system (search by name, alias, vendor)</source>
        <translation>选择芯片或系统（可按名称、别名、厂商搜索）</translation>
    </message>
</context>
<context>
    <name>DevicePickerDialog</name>
    <message>
        <source>Choose a chip or system</source>
        <translation>选择芯片或系统</translation>
    </message>
    <message>
        <source>Search by name, alias (910C, NVL72, CM384…), vendor or country</source>
        <translation>按名称、别名（910C、NVL72、CM384…）、厂商或国家搜索</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>搜索设备</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>Delete event “%1”</source>
        <translation>删除事件“%1”</translation>
    </message>
    <message>
        <source>The event was not saved</source>
        <translation>事件未保存</translation>
    </message>
    <message>
        <source>The event was not deleted</source>
        <translation>事件未删除</translation>
    </message>
    <message>
        <source>Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除“%1”。编辑 ▸ 撤销（Ctrl+Z）可恢复。</translation>
    </message>
</context>
<context>
    <name>EventDetailsView</name>
    <message>
        <source>Details of the selected event</source>
        <translation>所选事件的详情</translation>
    </message>
    <message>
        <source>Click an event, or use [ and ], to see its details and sources.</source>
        <translation>点击事件，或使用 [ 和 ]，即可查看其详情和来源。</translation>
    </message>
    <message>
        <source>from the bundled data</source>
        <translation>来自内置数据</translation>
    </message>
    <message>
        <source>a teammate&apos;s (%1), from the team library</source>
        <translation>同事的（%1），来自团队库</translation>
    </message>
    <message>
        <source>yours (you added it)</source>
        <translation>您的（由您添加）</translation>
    </message>
    <message>
        <source>to the %1</source>
        <translation>精确到%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>司法辖区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Software stacks</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>click to compare</source>
        <translation>点击即可比较</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translation>未提供来源。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>The first day of the period: for a month, the 1st; for a quarter, 1 January, April, July or October; for a year, 1 January.</source>
        <translation>期间的第一天：月份取 1 日；季度取 1 月、4 月、7 月或 10 月的 1 日；年份取 1 月 1 日。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Use the start of the period</source>
        <translation>使用期间起始日</translation>
    </message>
    <message>
        <source>Move the date to the first day of its month, quarter or year</source>
        <translation>将日期移至所在月份、季度或年份的第一天</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>e.g. US Department of Commerce (BIS)</source>
        <translation>例如 US Department of Commerce (BIS)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>司法辖区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>comma-separated, e.g. HBM, Hopper</source>
        <translation>以逗号分隔，例如 HBM, Hopper</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>移除来源</translation>
    </message>
    <message>
        <source>Devices this event is about</source>
        <translation>此事件涉及的设备</translation>
    </message>
    <message>
        <source>&amp;Date and precision</source>
        <translation>日期和精度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>主体(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>司法辖区(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>可信度(&amp;O)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>设备(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>jurisdictions: %1</source>
        <translation>司法辖区：%1</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>编制于 %1</translation>
    </message>
    <message>
        <source>%1 — %2 brief</source>
        <translation>%1 — %2 简报</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Rows whose sides come from different sources or methods: %1.</source>
        <translation>两侧数值来自不同来源或方法的行：%1。</translation>
    </message>
    <message>
        <source>Every figure carries its confidence (O official, T third-party, R reported; ƒ derived from cited figures) and the numbers of its sources [n], listed with their URLs at the end. “not published”: no source in the catalog gives the figure. Ratios compare figures of the same unit and basis (dense or sparse, per chip or per system, one way or both ways): others are marked not comparable, with why; ⚠ marks a ratio whose figures&apos; basis is not fully stated by the sources.</source>
        <translation>每个数值都标有其可信度（O 官方、T 第三方、R 报道；ƒ 由所引数值推算）及其来源编号 [n]，来源及其 URL 列于文末。“未公布”：目录中没有来源给出该数值。比值只比较单位和口径相同的数值（稠密或稀疏、每芯片或每系统、单向或双向）：其余标为不可比并说明原因；⚠ 表示该比值所用数值的口径未被来源完全说明。</translation>
    </message>
    <message>
        <source>%1: the brief is a PDF: the file name must end in .pdf</source>
        <translation>%1：简报为 PDF：文件名必须以 .pdf 结尾</translation>
    </message>
    <message>
        <source>unknown paper size %1: use a4 or letter</source>
        <translation>未知纸张尺寸 %1：请使用 a4 或 letter</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Key metrics compared</source>
        <translation>关键指标对比</translation>
    </message>
    <message>
        <source>Policy timeline: events involving these devices</source>
        <translation>政策时间线：涉及这些设备的事件</translation>
    </message>
    <message>
        <source>Export controls: every chip against the rules in force</source>
        <translation>出口管制：每款芯片对照现行规则</translation>
    </message>
    <message>
        <source>Events involving these devices</source>
        <translation>涉及这些设备的事件</translation>
    </message>
    <message>
        <source>No event in the timeline involves these devices.</source>
        <translation>时间线中没有涉及这些设备的事件。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>No note is linked to this pairing or its devices.</source>
        <translation>没有与此对比组合或其设备关联的笔记。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The %1 most recently updated of the %2 notes linked to this pairing or its devices; the others are in ChipLens&apos;s notes.</source>
        <translation>与此对比组合或其设备关联的 %2 条笔记中最近更新的 %1 条；其余笔记见 ChipLens 的笔记。</translation>
    </message>
    <message>
        <source>Includes data from %1</source>
        <translation>包含来自 %1 的数据</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>last edited %1 (UTC)</source>
        <translation>最后编辑于 %1（UTC）</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>无标题笔记</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Each source says where the figures cited to it were read (primary: the producer’s own page; reputable relay; weak relay), their confidence (O official, T third-party, R reported) and how many figures of the brief cite it.</source>
        <translation>每个来源注明引用它的数值是在何处读取的（一手：出处自己的页面；可靠转载；低质量转载）、其可信度（O 官方、T 第三方、R 报道），以及简报中引用它的数值个数。</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 个数值</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 个数值</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>可信度 %1</translation>
    </message>
    <message>
        <source>Key metrics, %1 relative to %2 (%1 ÷ %2)</source>
        <translation>关键指标，%1 相对于 %2（%1 ÷ %2）</translation>
    </message>
    <message>
        <source>Key metrics relative to %1: %2</source>
        <translation>相对于 %1 的关键指标：%2</translation>
    </message>
    <message>
        <source>A better</source>
        <translation>A 更优</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B 更优</translation>
    </message>
    <message>
        <source>no better side</source>
        <translation>无更优方</translation>
    </message>
    <message>
        <source>Each marker is a device&apos;s figure divided by %1&apos;s, for the figures in the table (same unit and basis); ▲ marks the best.</source>
        <translation>每个标记为某设备的数值除以 %1 的数值，取自表中数值（单位和口径相同）；▲ 表示最优。</translation>
    </message>
    <message>
        <source>Not comparable or not published: %1.</source>
        <translation>不可比或未公布：%1。</translation>
    </message>
    <message>
        <source>Each bar is a device&apos;s figure divided by %1&apos;s, for the figures in the table (same unit and basis); ▲ marks the better side, ⚠ a basis not fully stated.</source>
        <translation>每个条形为某设备的数值除以 %1 的数值，取自表中数值（单位和口径相同）；▲ 表示更优的一方，⚠ 表示口径未完全说明。</translation>
    </message>
    <message>
        <source>÷ %1 (log scale)</source>
        <translation>÷ %1（对数刻度）</translation>
    </message>
    <message>
        <source>ratio %1 ÷ %2 (log scale; 1× = equal)</source>
        <translation>比值 %1 ÷ %2（对数刻度；1× 表示相等）</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>不可比</translation>
    </message>
    <message>
        <source>Ratio %1&#xa0;÷&#xa0;%2</source>
        <translation>比值 %1&#xa0;÷&#xa0;%2</translation>
    </message>
    <message>
        <source>Ratio to %1</source>
        <translation>相对 %1 的比值</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>O official · T third-party · R reported · ƒ derived (computed from cited figures) · ≠ sources disagree by more than %1 · bold and ▲: better figure</source>
        <translation>O 官方 · T 第三方 · R 报道 · ƒ 推算（由所引数值计算） · ≠ 各来源相差超过 %1 · 粗体和 ▲：更优数值</translation>
    </message>
    <message>
        <source>[n]: source number</source>
        <translation>[n]：来源编号</translation>
    </message>
    <message>
        <source>“not supported”: the device lacks the feature (“not published”: no source gives it)</source>
        <translation>“不支持”：该设备不具备此功能（“未公布”：没有来源给出）</translation>
    </message>
    <message>
        <source>Software and Supply: the reference&apos;s words with their sources, never ranked (“not found”: the reference has nothing on it)</source>
        <translation>软件与供应：引用参考资料原话并附来源，不作排序（“未找到”：参考资料中没有相关内容）</translation>
    </message>
    <message>
        <source>ratios to %1; –: not comparable</source>
        <translation>相对 %1 的比值；–：不可比</translation>
    </message>
    <message>
        <source>Not published for any of these devices: %1.</source>
        <translation>这些设备均未公布：%1。</translation>
    </message>
    <message>
        <source>Ratios: %1.</source>
        <translation>比值：%1。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>TPP %1</source>
        <translation>TPP %1</translation>
    </message>
    <message>
        <source>Not labelled for lack of room: %1.</source>
        <translation>因空间不足未标注：%1。</translation>
    </message>
    <message>
        <source>ringed: in the comparison</source>
        <translation>圈出：参与对比</translation>
    </message>
    <message>
        <source>TPP (total processing performance), log scale; up: performance density (TPP ÷ die area), log scale</source>
        <translation>TPP（总处理性能），对数刻度；纵轴：性能密度（TPP ÷ 芯片面积），对数刻度</translation>
    </message>
    <message>
        <source>Export-control map: chips against the rules in force on %1</source>
        <translation>出口管制图：%1 的现行规则下的各款芯片</translation>
    </message>
    <message>
        <source>threshold unverified, dashed</source>
        <translation>阈值未核实，以虚线表示</translation>
    </message>
    <message>
        <source>%1 chips; across: TPP, up: performance density, both log scales; %2 chips with no density (no published die area, or only one die&apos;s) sit in the strip below. Colour: country; shape: what the rules make of the chip.</source>
        <translation>%1 款芯片；横轴：TPP，纵轴：性能密度，均为对数刻度；%2 款芯片没有密度（芯片面积未公布，或只有单个裸片的面积），列于下方条带。颜色：国家；形状：规则对该芯片的结论。</translation>
    </message>
    <message>
        <source>Shaded: %1.</source>
        <translation>阴影：%1。</translation>
    </message>
    <message>
        <source>No threshold rule on TPP and density is in force on this day.</source>
        <translation>当日没有针对 TPP 和密度的阈值规则生效。</translation>
    </message>
    <message>
        <source>In force but not drawn (other figures, or no chip test): %1.</source>
        <translation>已生效但未绘出（其他数值，或无芯片判定条件）：%1。</translation>
    </message>
    <message>
        <source>Rule sources: %1.</source>
        <translation>规则来源：%1。</translation>
    </message>
    <message>
        <source>Chip figures (TPP, die area): %1 (&apos;chiplens controls&apos; marks inferred die areas).</source>
        <translation>芯片数值（TPP、芯片面积）：%1（&apos;chiplens controls&apos; 会标出推断的芯片面积）。</translation>
    </message>
    <message>
        <source>Rules and verdicts as of %1</source>
        <translation>规则与判定截至 %1</translation>
    </message>
    <message>
        <source>%1 lines from %2 sources; each line is one source&apos;s figures for one subject, never merged with another&apos;s. Sources of the lines and of the statements not charted:</source>
        <translation>%1 条曲线，来自 %2 个来源；每条曲线是一个来源对一个对象的数值，从不与其他来源合并。曲线及未绘出陈述的来源：</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>（空笔记）</translation>
    </message>
    <message>
        <source>Analyst note</source>
        <translation>分析笔记</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>linked to: %1</source>
        <translation>关联到：%1</translation>
    </message>
    <message>
        <source>Last edited %1 (UTC)</source>
        <translation>最后编辑于 %1（UTC）</translation>
    </message>
    <message>
        <source>the width must be between %1 and %2 pixels, not %3</source>
        <translation>宽度必须在 %1 到 %2 像素之间，而不是 %3</translation>
    </message>
    <message>
        <source>the scale must be between 0.5 and %1, not %2</source>
        <translation>缩放比例必须在 0.5 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>%1 pixels × scale %2 is wider than %3 pixels: choose a smaller width or scale</source>
        <translation>%1 像素 × 缩放 %2 超过 %3 像素宽：请选择更小的宽度或缩放比例</translation>
    </message>
    <message>
        <source>unknown theme %1: use screen or print</source>
        <translation>未知主题 %1：请使用 screen 或 print</translation>
    </message>
    <message>
        <source>unknown language %1: use en, fr or zh_CN</source>
        <translation>未知语言 %1：请使用 en、fr 或 zh_CN</translation>
    </message>
    <message>
        <source>unknown part %1: use both, table or chart</source>
        <translation>未知部分 %1：请使用 both、table 或 chart</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2 (it has %3)</source>
        <translation>%1：文件名必须以 %2 结尾（当前为 %3）</translation>
    </message>
    <message>
        <source>Data as of: no dated figure</source>
        <translation>数据截至：无带日期的数值</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> 对比 </translation>
    </message>
    <message>
        <source>specifications and ratios</source>
        <translation>规格与比值</translation>
    </message>
    <message>
        <source>specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>key metrics, ratios</source>
        <translation>关键指标、比值</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>状态：%1。</translation>
    </message>
    <message>
        <source>Units: %1; ratios are unitless (log scale in the chart).</source>
        <translation>单位：%1；比值无单位（图中为对数刻度）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sources, with their figures&apos; confidence (O official, T third-party, R reported; ƒ derived) and where they were read: %1</source>
        <translation>来源，附其数值的可信度（O 官方、T 第三方、R 报道；ƒ 推算）及读取位置：%1</translation>
    </message>
    <message>
        <source>Sources: no sourced figure is shown.</source>
        <translation>来源：未显示有来源的数值。</translation>
    </message>
    <message>
        <source>%1 of %2 figures shown</source>
        <translation>所示 %2 个数值中的 %1 个</translation>
    </message>
    <message>
        <source>Rows whose sides come from different sources or methods: %1</source>
        <translation>两侧数值来自不同来源或方法的行：%1</translation>
    </message>
    <message>
        <source>Policy timeline, %1 to %2</source>
        <translation>政策时间线，%1 至 %2</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>dates are UTC calendar days; month-, quarter- and year-precision events are drawn over their period</source>
        <translation>日期为 UTC 日历日；精确到月、季度或年的事件按其整个时段绘制</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>Sources (O official, T third-party, R reported; number of events): %1</source>
        <translation>来源（O 官方、T 第三方、R 报道；事件数）：%1</translation>
    </message>
    <message>
        <source>%1 (%2 stacks only)</source>
        <translation>%1（仅 %2 软件栈）</translation>
    </message>
    <message>
        <source>Sources of the cells (%1 facts): %2.</source>
        <translation>单元格来源（%1 条信息）：%2。</translation>
    </message>
    <message>
        <source>Key: the full title of each numbered label, and the events each numbered marker stands for</source>
        <translation>图例：每个编号标签的完整标题，以及每个编号标记所代表的事件</translation>
    </message>
    <message>
        <source>involves a compared device</source>
        <translation>涉及对比中的设备</translation>
    </message>
    <message>
        <source>No event in this range with these filters.</source>
        <translation>在此范围和筛选条件下没有事件。</translation>
    </message>
    <message>
        <source>%1 of these %2 events are summarised in numbered groups, listed in the key below: export a shorter range or a wider picture (--from and --to, or --width) to label each one.</source>
        <translation>这 %2 个事件中有 %1 个归入编号分组，列于下方图例：导出更短的时段或更宽的图片（--from 和 --to，或 --width）即可逐一标注。</translation>
    </message>
    <message>
        <source>permission denied (choose a folder you can write to)</source>
        <translation>权限被拒绝（请选择您可写入的文件夹）</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: nothing was written</source>
        <translation>无法写入 %1：未写入任何内容</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the picture would be %1 pixels high: choose a smaller scale</source>
        <translation>图片高度将达 %1 像素：请选择更小的缩放比例</translation>
    </message>
    <message>
        <source>this build of ChipLens cannot write SVG (Qt&apos;s SVG module is missing): export PNG or PDF instead</source>
        <translation>此版本的 ChipLens 无法写入 SVG（缺少 Qt 的 SVG 模块）：请改为导出 PNG 或 PDF</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>E&amp;xport view (PNG, SVG, PDF)…</source>
        <translation>导出视图（PNG、SVG、PDF）(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Copy view as image</source>
        <translation>将视图复制为图片(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;brief (PDF)…</source>
        <translation>导出简报（PDF）(&amp;B)…</translation>
    </message>
    <message>
        <source>Copied the view as a %1 × %2 image.</source>
        <translation>已将视图复制为 %1 × %2 的图片。</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> 对比 </translation>
    </message>
    <message>
        <source>Pick devices to compare first.</source>
        <translation>请先选择要对比的设备。</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>正在写入简报…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>Copy view as image</source>
        <translation>将视图复制为图片</translation>
    </message>
    <message>
        <source>Comparison: table and chart</source>
        <translation>比较：表格与图表</translation>
    </message>
    <message>
        <source>Comparison: table</source>
        <translation>比较：表格</translation>
    </message>
    <message>
        <source>Comparison: chart</source>
        <translation>比较：图表</translation>
    </message>
    <message>
        <source>Policy timeline (current range and filters)</source>
        <translation>政策时间线（当前范围与筛选条件）</translation>
    </message>
    <message>
        <source>The open note</source>
        <translation>当前打开的笔记</translation>
    </message>
    <message>
        <source>View to export</source>
        <translation>要导出的视图</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>逻辑像素宽度</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放比例</translation>
    </message>
    <message>
        <source>%1 (this screen)</source>
        <translation>%1（此屏幕）</translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation>屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print (white paper, colour-blind and greyscale safe)</source>
        <translation>打印（白底，兼顾色盲与灰度）(&amp;P)</translation>
    </message>
    <message>
        <source>Add the &amp;caption (title, units, sources, date, version, credits)</source>
        <translation>添加图注（标题、单位、来源、日期、版本、致谢）(&amp;C)</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>导出语言</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>name.png, name.svg or name.pdf</source>
        <translation>名称.png、名称.svg 或 名称.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A PNG will be %1 pixels wide.</source>
        <translation>PNG 宽度将为 %1 像素。</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>请选择文件名。</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>Correct a stack fact</source>
        <translation>更正软件栈条目</translation>
    </message>
    <message>
        <source>Correct a supply estimate</source>
        <translation>更正供应估计</translation>
    </message>
    <message>
        <source>Edit your stack fact</source>
        <translation>编辑您的软件栈条目</translation>
    </message>
    <message>
        <source>Edit your supply estimate</source>
        <translation>编辑您的供应估计</translation>
    </message>
    <message>
        <source>Add a stack fact</source>
        <translation>添加软件栈条目</translation>
    </message>
    <message>
        <source>Add a supply estimate</source>
        <translation>添加供应估计</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>&amp;Stack</source>
        <translation>软件栈(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>字段(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>数值(&amp;V)</translation>
    </message>
    <message>
        <source>as the source says it, e.g. out-of-tree PrivateUse1 plugin (torch_npu)</source>
        <translation>按来源原文填写，例如 out-of-tree PrivateUse1 plugin (torch_npu)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>e.g. Huawei Ascend 910C</source>
        <translation>例如 Huawei Ascend 910C</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>e.g. annual production</source>
        <translation>例如年产量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>e.g. chips (packages)</source>
        <translation>例如芯片（封装）</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>对象(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 2025, 2025 H1, FY2026 Q3</source>
        <translation>例如 2025、2025 H1、FY2026 Q3</translation>
    </message>
    <message>
        <source>as the source gives it: 805000, &gt;75, 12-15</source>
        <translation>按来源原样填写：805000、&gt;75、12-15</translation>
    </message>
    <message>
        <source>The unit says what is counted: chips, units, cards, dies, stacks, wafers… Estimates that count different things are shown side by side, never added up.</source>
        <translation>单位说明计数对象：芯片、件、板卡、裸片、堆栈、晶圆…计数对象不同的估计并列显示，从不相加。</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Pu&amp;blisher</source>
        <translation>发布方(&amp;B)</translation>
    </message>
    <message>
        <source>who published it, e.g. TrendForce, or Reuters (citing IDC)</source>
        <translation>发布方，例如 TrendForce，或 Reuters（援引 IDC）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>the page or report</source>
        <translation>网页或报告</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>网址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>可信度(&amp;O)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>笔记(&amp;O)</translation>
    </message>
    <message>
        <source>You are correcting: %1
Your figure is saved beside it, with your source; the bundled one stays listed.</source>
        <translation>您正在更正：%1
您的数值将与其并列保存，并附上您的来源；内置数值仍会列出。</translation>
    </message>
    <message>
        <source>Pick one already used, or type a new one</source>
        <translation>选择已用过的，或输入新的</translation>
    </message>
</context>
<context>
    <name>FactMenus</name>
    <message>
        <source>&amp;Edit your fact…</source>
        <translation>编辑您的信息(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete your fact</source>
        <translation>删除您的信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Correct this fact…</source>
        <translation>更正此信息(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Correct or edit a fact</source>
        <translation>更正或编辑信息(&amp;C)</translation>
    </message>
    <message>
        <source>Edit yours: %1</source>
        <translation>编辑您的：%1</translation>
    </message>
    <message>
        <source>Delete yours: %1</source>
        <translation>删除您的：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add a stack fact…</source>
        <translation>添加软件栈信息…</translation>
    </message>
    <message>
        <source>Show %1 in the &amp;Stacks tab</source>
        <translation>在软件栈标签页中显示 %1(&amp;S)</translation>
    </message>
    <message>
        <source>Add a stack &amp;fact for %1…</source>
        <translation>为 %1 添加软件栈信息(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a supply &amp;estimate for %1…</source>
        <translation>为 %1 添加供应估算(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit your estimate…</source>
        <translation>编辑您的估算(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete your estimate</source>
        <translation>删除您的估算(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Correct this estimate…</source>
        <translation>更正此估算(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Add a supply estimate…</source>
        <translation>添加供应估算(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a supply estimate…</source>
        <translation>添加供应估算…</translation>
    </message>
    <message>
        <source>Add a stack fact for %1…</source>
        <translation>为 %1 添加软件栈信息…</translation>
    </message>
    <message>
        <source>Edit yours…</source>
        <translation>编辑您的…</translation>
    </message>
    <message>
        <source>Delete yours</source>
        <translation>删除您的</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct this estimate…</source>
        <translation>更正此估算…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Export data (JSON or CSV)…</source>
        <translation>导出数据（JSON 或 CSV）(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Team library…</source>
        <translation>团队库(&amp;T)…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1 values to %2</source>
        <translation>已将 %1 个数值导出到 %2</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 removed</source>
        <translation>已导入：新增 %1，修改 %2，移除 %3</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>磁盘已满：请释放空间后重试</translation>
    </message>
    <message>
        <source>your disk quota is used up: free some space and try again</source>
        <translation>磁盘配额已用尽：请释放空间后重试</translation>
    </message>
    <message>
        <source>permission denied: fix the permissions or choose a folder you can write to</source>
        <translation>权限不足：请修正权限，或选择您可写入的文件夹</translation>
    </message>
    <message>
        <source>the disk is read-only: choose a folder on a disk you can write to</source>
        <translation>磁盘为只读：请选择可写入磁盘上的文件夹</translation>
    </message>
    <message>
        <source>the disk or drive reported an input/output error: check the drive, or use another folder</source>
        <translation>磁盘或驱动器报告输入/输出错误：请检查驱动器，或改用其他文件夹</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>a file could not be read or written: %1</source>
        <translation>无法读取或写入某个文件：%1</translation>
    </message>
    <message>
        <source>The disk reported an error</source>
        <translation>磁盘报告错误</translation>
    </message>
    <message>
        <source>The disk that holds the ChipLens data failed to read or write the database (%1). What was being saved was rolled back: the database is as it was before. Check the drive (a failing disk, a disconnected network share or USB drive) and try again; &apos;chiplens db check&apos; checks the database.</source>
        <translation>存放 ChipLens 数据的磁盘未能读取或写入数据库（%1）。正在保存的内容已回滚：数据库保持原样。请检查驱动器（磁盘故障、网络共享或 U 盘已断开）后重试；“chiplens db check”可检查数据库。</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1: %2 (%3 over %4)</source>
        <translation>%1：%2（%3 相对于 %4）</translation>
    </message>
    <message>
        <source>Power cost: %1 for A, %2 for B: %3 (A over B).</source>
        <translation>功耗成本：A 为 %1，B 为 %2：%3（A 相对于 B）。</translation>
    </message>
    <message>
        <source>Power cost: %1; against %2: %3.</source>
        <translation>功耗成本：%1；相对于 %2：%3。</translation>
    </message>
    <message>
        <source>Power cost: %1 (no comparable ratio).</source>
        <translation>功耗成本：%1（无可比的比值）。</translation>
    </message>
    <message>
        <source>Power cost: not published for %1.</source>
        <translation>功耗成本：%1 未公布。</translation>
    </message>
    <message>
        <source>No key metric has comparable figures for these devices.</source>
        <translation>这些设备的关键指标均无可比数值。</translation>
    </message>
    <message>
        <source>1 figure has sources more than %3 apart (marked %1): %2.</source>
        <translation>1 个数值的来源差异超过 %3（标记为 %1）：%2。</translation>
    </message>
    <message>
        <source>%1 figures have sources more than %4 apart (marked %2): %3.</source>
        <translation>%1 个数值的来源差异超过 %4（标记为 %2）：%3。</translation>
    </message>
    <message>
        <source>No figure shown has sources more than %1 apart.</source>
        <translation>所显示的数值中，没有来源差异超过 %1 的。</translation>
    </message>
    <message>
        <source>None of the %1 figures shown rests on a weak citation.</source>
        <translation>所显示的 %1 个数值均未依赖低质量引用。</translation>
    </message>
    <message>
        <source>%1 of %2 figure rests on a weak citation</source>
        <translation>%2 个数值中有 %1 个依赖低质量引用</translation>
    </message>
    <message>
        <source>%1 of %2 figures rest on weak citations</source>
        <translation>%2 个数值中有 %1 个依赖低质量引用</translation>
    </message>
    <message>
        <source>(read only on a weak relay: marked %1 in the table; their sources are marked in the source list).</source>
        <translation>（仅见于低质量转载：在表中标记为 %1；其来源在来源列表中有标记）。</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source> %1: </source>
        <translation> %1：</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>＋ Add device %1 ▾</source>
        <translation>＋ 添加设备 %1 ▾</translation>
    </message>
    <message>
        <source>Remove device %1 from the comparison</source>
        <translation>从对比中移除设备 %1</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>移除设备 %1</translation>
    </message>
    <message>
        <source>Ratios against:</source>
        <translation>比值基准：</translation>
    </message>
    <message>
        <source>Baseline column: ratios are taken against it</source>
        <translation>基准列：比值以该列为基准计算</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Import Epoch AI&apos;s “Data on Machine Learning Hardware” CSV, a ChipLens CSV or a ChipLens JSON data pack (File ▸ Export data). Nothing is written until you choose Import; a backup is made first.</source>
        <translation>导入 Epoch AI 的“Data on Machine Learning Hardware”CSV、ChipLens CSV 或 ChipLens JSON 数据包（文件 ▸ 导出数据）。在您选择“导入”之前不会写入任何内容；导入前会先创建备份。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Epoch AI ml_hardware.csv</source>
        <translation>Epoch AI ml_hardware.csv</translation>
    </message>
    <message>
        <source>ChipLens CSV</source>
        <translation>ChipLens CSV</translation>
    </message>
    <message>
        <source>ChipLens JSON data pack</source>
        <translation>ChipLens JSON 数据包</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Reading rows: %v of %m</source>
        <translation>正在读取行：%v / %m</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>导入将执行的操作</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import &amp;valid rows only</source>
        <translation>仅导入有效行(&amp;V)</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation>跳过有错误的行，导入其余行</translation>
    </message>
    <message>
        <source>Figures 8, 1,000 or 1,024 times off the other sources of the same device look like a unit slip (bytes read as bits). Tick to import them as the file gives them.</source>
        <translation>与同一设备其他来源相差 8 倍、1,000 倍或 1,024 倍的数值疑似单位错误（字节被当作比特）。勾选即按文件原样导入。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Epoch AI data: “Data on Machine Learning Hardware”, epoch.ai (CC-BY 4.0)</source>
        <translation>Epoch AI 数据：“Data on Machine Learning Hardware”，epoch.ai（CC-BY 4.0）</translation>
    </message>
    <message>
        <source>Data files (*.csv *.json *.tsv *.txt);;All files (*)</source>
        <translation>数据文件 (*.csv *.json *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Epoch AI</source>
        <translation>Epoch AI</translation>
    </message>
    <message>
        <source>%1 (%2): added %3 · changed %4 · skipped %5 · removed %6 · errors %7</source>
        <translation>%1（%2）：新增 %3 · 修改 %4 · 跳过 %5 · 删除 %6 · 错误 %7</translation>
    </message>
    <message>
        <source>%1 new devices</source>
        <translation>%1 个新设备</translation>
    </message>
    <message>
        <source>? %1 figures are held as unit suspect: they are not imported unless you tick “Also import…”.</source>
        <translation>? %1 个数值疑似单位错误，暂不导入：勾选“同时导入…”后才会导入。</translation>
    </message>
    <message>
        <source>Also import the %1 figures held as unit suspect</source>
        <translation>同时导入 %1 个疑似单位错误的数值</translation>
    </message>
    <message>
        <source>✕ The file has errors: nothing is imported unless you import the valid rows only.</source>
        <translation>✕ 文件有错误：除非选择仅导入有效行，否则不会导入任何内容。</translation>
    </message>
    <message>
        <source>%1 known columns are not imported.</source>
        <translation>%1 个已知列不会被导入。</translation>
    </message>
    <message>
        <source>Show which, and why</source>
        <translation>查看是哪些及原因</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>+ add</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <source>~ change</source>
        <translation>~ 修改</translation>
    </message>
    <message>
        <source>− remove</source>
        <translation>− 删除</translation>
    </message>
    <message>
        <source>? held</source>
        <translation>? 暂缓</translation>
    </message>
    <message>
        <source>· skip</source>
        <translation>· 跳过</translation>
    </message>
    <message>
        <source>✕ error</source>
        <translation>✕ 错误</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Metric / column</source>
        <translation>指标 / 列</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>数据库中</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>跟随系统(&amp;S)（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source> Pairing: </source>
        <translation> 对比组合： </translation>
    </message>
    <message>
        <source>Preset pairings</source>
        <translation>预设对比</translation>
    </message>
    <message>
        <source>Device A</source>
        <translation>设备 A</translation>
    </message>
    <message>
        <source>Device B</source>
        <translation>设备 B</translation>
    </message>
    <message>
        <source> A: </source>
        <translation> A： </translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ 互换</translation>
    </message>
    <message>
        <source>Swap sides (Ctrl+Shift+S)</source>
        <translation>互换两侧（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>互换两侧</translation>
    </message>
    <message>
        <source> B: </source>
        <translation> B： </translation>
    </message>
    <message>
        <source>More devices</source>
        <translation>更多设备</translation>
    </message>
    <message>
        <source>A teammate&apos;s, from the team library</source>
        <translation>同事的，来自团队库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quote the selected figure into the note</source>
        <translation>将所选数值引用到笔记(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Quote the selected &amp;event into the note</source>
        <translation>将所选事件引用到笔记(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Choose device &amp;A…</source>
        <translation>选择设备 A(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose device &amp;B…</source>
        <translation>选择设备 B(&amp;B)…</translation>
    </message>
    <message>
        <source>Add or change device &amp;C…</source>
        <translation>添加或更改设备 C(&amp;C)…</translation>
    </message>
    <message>
        <source>Add or change device &amp;D…</source>
        <translation>添加或更改设备 D(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Swap sides</source>
        <translation>互换两侧(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a &amp;preset pairing</source>
        <translation>选择预设对比(&amp;P)</translation>
    </message>
    <message>
        <source>Save this &amp;pairing…</source>
        <translation>保存此对比组合(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ChipLens</source>
        <translation>关于 ChipLens(&amp;A)</translation>
    </message>
    <message>
        <source>(custom pairing)</source>
        <translation>（自定义对比组合）</translation>
    </message>
    <message>
        <source>Unknown device in %1 vs %2: showing another pairing</source>
        <translation>%1 vs %2 中有未知设备：改为显示另一对比组合</translation>
    </message>
    <message>
        <source>That device is already in the comparison.</source>
        <translation>该设备已在对比中。</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>Save pairing</source>
        <translation>保存对比组合</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>保存分组</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Policy timeline</source>
        <translation>政策时间线</translation>
    </message>
    <message>
        <source>Select a figure in the comparison table first.</source>
        <translation>请先在对比表中选择一个数值。</translation>
    </message>
    <message>
        <source>Select an event in the policy timeline first.</source>
        <translation>请先在政策时间线中选择一个事件。</translation>
    </message>
    <message>
        <source>Backup restored: the window shows its data.</source>
        <translation>备份已恢复：窗口显示其中的数据。</translation>
    </message>
    <message>
        <source>What&apos;s &amp;new in the data…</source>
        <translation>数据更新内容(&amp;N)…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Started with a fresh database; the damaged file was kept beside it.</source>
        <translation>已使用新数据库启动；损坏的文件保留在其旁边。</translation>
    </message>
    <message>
        <source>What could be read was recovered: the window shows it.</source>
        <translation>可读取的内容已恢复：窗口中显示的就是这些内容。</translation>
    </message>
    <message>
        <source>Notes saved outside the store</source>
        <translation>保存在数据库之外的笔记</translation>
    </message>
    <message>
        <source>When ChipLens last closed, the store did not take some notes. Their text was saved in:

%1

Open the file and copy the text back into your notes. This message shows at each start until the file is moved or deleted.</source>
        <translation>ChipLens 上次关闭时，数据库未能保存部分笔记。其文本已保存在：

%1

请打开该文件，将文本复制回您的笔记。在该文件被移走或删除之前，每次启动都会显示此消息。</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <source>Note preview</source>
        <translation>笔记预览</translation>
    </message>
    <message>
        <source>The preview shows the beginning of this note (%1 characters); the editor has all of it.</source>
        <translation>预览显示此笔记的开头部分（%1 个字符）；编辑器中有完整内容。</translation>
    </message>
</context>
<context>
    <name>MarketShare</name>
    <message>
        <source>China&apos;s AI-accelerator market: shares by vendor and year, one line per source</source>
        <translation>中国 AI 加速器市场：按厂商和年份的份额，每个来源一条线</translation>
    </message>
    <message>
        <source>share of the market, %</source>
        <translation>市场份额，%</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1; read on %2, %3 · %4</source>
        <translation>%1；读取自 %2，%3 · %4</translation>
    </message>
    <message>
        <source>hollow marker: a forecast</source>
        <translation>空心标记：预测值</translation>
    </message>
    <message>
        <source>marker shape: who made the figures (%1)</source>
        <translation>标记形状：数值的出处（%1）</translation>
    </message>
    <message>
        <source>Not charted (no year to place them on): %1.</source>
        <translation>未绘制（无年份可定位）：%1。</translation>
    </message>
    <message>
        <source>No source gives China&apos;s AI-accelerator market share by year.</source>
        <translation>没有来源按年份给出中国 AI 加速器市场份额。</translation>
    </message>
</context>
<context>
    <name>MarketShareChart</name>
    <message>
        <source>Market-share chart: China&apos;s AI-accelerator market by vendor and year</source>
        <translation>市场份额图：中国 AI 加速器市场（按厂商和年份）</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Team library members</source>
        <translation>团队库成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notes message</source>
        <translation>笔记消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>能效</translation>
    </message>
    <message>
        <source>Silicon</source>
        <translation>硅片</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>宣称</translation>
    </message>
    <message>
        <source>Dense BF16/FP16</source>
        <translation>稠密 BF16/FP16</translation>
    </message>
    <message>
        <source>Peak dense (no 2:4 sparsity) 16-bit tensor/matrix throughput. Vendors usually headline the sparse figure, twice as high. Only dense figures: a vendor&apos;s 2:4-sparse figure appears here halved, as a derived figure with its formula, and in its own row.</source>
        <translation>16 位张量/矩阵峰值稠密吞吐（不含 2:4 稀疏）。厂商通常宣传高一倍的稀疏数值。此处仅列稠密数值：厂商的 2:4 稀疏数值在此减半，作为附公式的推算数值列出，并另有一行。</translation>
    </message>
    <message>
        <source>Dense FP8</source>
        <translation>稠密 FP8</translation>
    </message>
    <message>
        <source>Peak dense 8-bit floating-point tensor throughput. Only dense figures: a vendor&apos;s 2:4-sparse figure appears here halved, as a derived figure with its formula, and in its own row.</source>
        <translation>8 位浮点张量峰值稠密吞吐。此处仅列稠密数值：厂商的 2:4 稀疏数值在此减半，作为附公式的推算数值列出，并另有一行。</translation>
    </message>
    <message>
        <source>Dense FP4</source>
        <translation>稠密 FP4</translation>
    </message>
    <message>
        <source>Peak dense 4-bit floating-point (FP4/MXFP4) tensor throughput. Only dense figures: a vendor&apos;s 2:4-sparse figure appears here halved, as a derived figure with its formula, and in its own row.</source>
        <translation>4 位浮点（FP4/MXFP4）张量峰值稠密吞吐。此处仅列稠密数值：厂商的 2:4 稀疏数值在此减半，作为附公式的推算数值列出，并另有一行。</translation>
    </message>
    <message>
        <source>Dense INT8</source>
        <translation>稠密 INT8</translation>
    </message>
    <message>
        <source>Peak dense 8-bit integer throughput, in tera-operations per second. Only dense figures: a vendor&apos;s 2:4-sparse figure appears here halved, as a derived figure with its formula, and in its own row.</source>
        <translation>8 位整数峰值稠密吞吐，单位为每秒万亿次运算。此处仅列稠密数值：厂商的 2:4 稀疏数值在此减半，作为附公式的推算数值列出，并另有一行。</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Peak single-precision throughput (vector or matrix units, as the source states).</source>
        <translation>单精度峰值吞吐（向量或矩阵单元，以来源所述为准）。</translation>
    </message>
    <message>
        <source>FP64</source>
        <translation>FP64</translation>
    </message>
    <message>
        <source>Peak double-precision throughput.</source>
        <translation>双精度峰值吞吐。</translation>
    </message>
    <message>
        <source>Sparse BF16/FP16 (2:4, vendor headline)</source>
        <translation>稀疏 BF16/FP16（2:4，厂商宣传值）</translation>
    </message>
    <message>
        <source>Peak 16-bit throughput with 2:4 structured sparsity, as vendors headline it: twice the dense rate, reached only by models pruned to that pattern. Never compared with a dense figure.</source>
        <translation>厂商宣传的 2:4 结构化稀疏 16 位峰值吞吐：为稠密速率的两倍，仅按该模式剪枝的模型才能达到。从不与稠密数值比较。</translation>
    </message>
    <message>
        <source>Sparse FP8 (2:4, vendor headline)</source>
        <translation>稀疏 FP8（2:4，厂商宣传值）</translation>
    </message>
    <message>
        <source>Peak 8-bit floating-point throughput with 2:4 structured sparsity, as vendors headline it: twice the dense rate, reached only by models pruned to that pattern. Never compared with a dense figure.</source>
        <translation>厂商宣传的 2:4 结构化稀疏 8 位浮点峰值吞吐：为稠密速率的两倍，仅按该模式剪枝的模型才能达到。从不与稠密数值比较。</translation>
    </message>
    <message>
        <source>Sparse FP4 (2:4, vendor headline)</source>
        <translation>稀疏 FP4（2:4，厂商宣传值）</translation>
    </message>
    <message>
        <source>Peak 4-bit floating-point throughput with 2:4 structured sparsity, as vendors headline it: twice the dense rate, reached only by models pruned to that pattern. Never compared with a dense figure.</source>
        <translation>厂商宣传的 2:4 结构化稀疏 4 位浮点峰值吞吐：为稠密速率的两倍，仅按该模式剪枝的模型才能达到。从不与稠密数值比较。</translation>
    </message>
    <message>
        <source>Sparse INT8 (2:4, vendor headline)</source>
        <translation>稀疏 INT8（2:4，厂商宣传值）</translation>
    </message>
    <message>
        <source>Peak 8-bit integer throughput with 2:4 structured sparsity, as vendors headline it: twice the dense rate, reached only by models pruned to that pattern. Never compared with a dense figure.</source>
        <translation>厂商宣传的 2:4 结构化稀疏 8 位整数峰值吞吐：为稠密速率的两倍，仅按该模式剪枝的模型才能达到。从不与稠密数值比较。</translation>
    </message>
    <message>
        <source>Memory capacity</source>
        <translation>内存容量</translation>
    </message>
    <message>
        <source>On-package memory (HBM) capacity, decimal GB/TB.</source>
        <translation>封装内存（HBM）容量，十进制 GB/TB。</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>Peak on-package memory (HBM) bandwidth.</source>
        <translation>封装内存（HBM）峰值带宽。</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>内存类型</translation>
    </message>
    <message>
        <source>Memory technology and stacks. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>内存技术与堆栈。没有自身数值的系统通过其组成显示其加速器的数值。</translation>
    </message>
    <message>
        <source>Scale-up bandwidth per accelerator</source>
        <translation>每加速器纵向扩展带宽</translation>
    </message>
    <message>
        <source>Chip-to-chip bandwidth inside the scale-up domain (NVLink, HCCS, UB...), per accelerator. Bidirectional aggregate unless marked unidirectional: never compare one with the other.</source>
        <translation>纵向扩展域内芯片间带宽（NVLink、HCCS、UB 等），按每加速器计。除非标明单向，否则为双向合计：切勿将两者相比。</translation>
    </message>
    <message>
        <source>Scale-up bandwidth, whole domain</source>
        <translation>纵向扩展带宽，整个域</translation>
    </message>
    <message>
        <source>Aggregate scale-up bandwidth of the whole domain (all accelerators).</source>
        <translation>整个域（全部加速器）的纵向扩展合计带宽。</translation>
    </message>
    <message>
        <source>Scale-out bandwidth per accelerator</source>
        <translation>每加速器横向扩展带宽</translation>
    </message>
    <message>
        <source>Network bandwidth per accelerator out of the scale-up domain (NICs).</source>
        <translation>每加速器通向纵向扩展域之外的网络带宽（网卡）。</translation>
    </message>
    <message>
        <source>Scale-up interconnect</source>
        <translation>纵向扩展互连</translation>
    </message>
    <message>
        <source>Technology and topology of the scale-up links. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>纵向扩展链路的技术与拓扑。没有自身数值的系统通过其组成显示其加速器的数值。</translation>
    </message>
    <message>
        <source>Optical transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <source>Optical modules used by the system.</source>
        <translation>系统所用的光模块。</translation>
    </message>
    <message>
        <source>Power (TDP or all-in)</source>
        <translation>功耗（TDP 或整体）</translation>
    </message>
    <message>
        <source>Chips: thermal design power (TDP). Systems: all-in power including CPUs, networking and optics where the source says so; a sum of chip TDPs is marked as such and leaves out everything else.</source>
        <translation>芯片：热设计功耗（TDP）。系统：整体功耗（含全部组件），在来源说明时包括 CPU、网络与光模块；芯片 TDP 之和会注明，且不含其他部分。</translation>
    </message>
    <message>
        <source>Power per accelerator</source>
        <translation>每加速器功耗</translation>
    </message>
    <message>
        <source>Systems: the system&apos;s power divided by its accelerators. All-in power over the accelerators is what each one costs in the system (CPUs, network and optics included), to set beside a chip&apos;s own TDP. Chips: see Power.</source>
        <translation>系统：系统功耗除以其加速器数量。整体功耗按加速器分摊，即每个加速器在系统中的实际成本（含 CPU、网络与光模块），可与芯片自身的 TDP 对照。芯片：见“功耗”。</translation>
    </message>
    <message>
        <source>Dense BF16 TFLOPS per watt</source>
        <translation>每瓦稠密 BF16 TFLOPS</translation>
    </message>
    <message>
        <source>Energy efficiency: dense BF16/FP16 throughput divided by power (TDP for chips, all-in for systems where published).</source>
        <translation>能效：稠密 BF16/FP16 吞吐除以功耗（芯片用 TDP，系统用已公布的整体功耗）。</translation>
    </message>
    <message>
        <source>dense BF16/FP16 ÷ power</source>
        <translation>稠密 BF16/FP16 ÷ 功耗</translation>
    </message>
    <message>
        <source>Memory bandwidth per dense BF16 TFLOPS</source>
        <translation>每稠密 BF16 TFLOPS 的内存带宽</translation>
    </message>
    <message>
        <source>How well memory feeds compute (bytes per thousand FLOP): decisive for inference decode.</source>
        <translation>内存对算力的供给程度（每千次 FLOP 的字节数）：对推理解码至关重要。</translation>
    </message>
    <message>
        <source>memory bandwidth ÷ dense BF16/FP16</source>
        <translation>内存带宽 ÷ 稠密 BF16/FP16</translation>
    </message>
    <message>
        <source>Total processing performance (TPP, US export-control metric)</source>
        <translation>总处理性能（TPP，美国出口管制指标）</translation>
    </message>
    <message>
        <source>TPP = 2 × MacTOPS × bit length, the quantity of ECCN 3A090 (Oct 2022 / Oct 2023 rules); 4,800 is the licence threshold. Computed from dense 16-bit throughput.</source>
        <translation>TPP = 2 × MacTOPS × 位长，即 ECCN 3A090 所用的量（2022 年 10 月 / 2023 年 10 月规则）；4,800 为许可证阈值。由 16 位稠密吞吐计算得出。</translation>
    </message>
    <message>
        <source>dense BF16/FP16 TFLOPS × 16 (bit length)</source>
        <translation>稠密 BF16/FP16 TFLOPS × 16（位长）</translation>
    </message>
    <message>
        <source>Export-control status</source>
        <translation>出口管制状态</translation>
    </message>
    <message>
        <source>US export-control status and China-specific rules, as sources state it.</source>
        <translation>美国出口管制状态及中国的专门规则，以来源所述为准。</translation>
    </message>
    <message>
        <source>Process node</source>
        <translation>制程节点</translation>
    </message>
    <message>
        <source>Manufacturing process. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>制造工艺。没有自身数值的系统通过其组成显示其加速器的数值。</translation>
    </message>
    <message>
        <source>Foundry</source>
        <translation>代工厂</translation>
    </message>
    <message>
        <source>Who makes the dies. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>裸片由谁制造。没有自身数值的系统通过其组成显示其加速器的数值。</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>芯片面积</translation>
    </message>
    <message>
        <source>Compute die area (per die unless the note says otherwise).</source>
        <translation>计算裸片面积（除备注另有说明外，按每个裸片计）。</translation>
    </message>
    <message>
        <source>Transistors</source>
        <translation>晶体管</translation>
    </message>
    <message>
        <source>Transistor count.</source>
        <translation>晶体管数量。</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>组成</translation>
    </message>
    <message>
        <source>What a system is built from: accelerators and CPUs, with the source of each count.</source>
        <translation>系统的构成：加速器与 CPU，并注明每个数量的来源。</translation>
    </message>
    <message>
        <source>Family / architecture</source>
        <translation>产品系列 / 架构</translation>
    </message>
    <message>
        <source>Product family and architecture. A system without its own figure shows its accelerator&apos;s, via its composition.</source>
        <translation>产品系列与架构。没有自身数值的系统通过其组成显示其加速器的数值。</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>外形规格</translation>
    </message>
    <message>
        <source>Module, card or rack format.</source>
        <translation>模组、板卡或机柜形态。</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>First announcement.</source>
        <translation>首次发布。</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>供货情况</translation>
    </message>
    <message>
        <source>Shipping or planned availability.</source>
        <translation>出货或计划供货时间。</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜数</translation>
    </message>
    <message>
        <source>Number and kind of racks or cabinets of a system.</source>
        <translation>系统的机柜数量与类型。</translation>
    </message>
    <message>
        <source>Deployed units</source>
        <translation>部署数量</translation>
    </message>
    <message>
        <source>Deployment figures stated by the vendor or press.</source>
        <translation>厂商或媒体公布的部署数量。</translation>
    </message>
    <message>
        <source>Published claims and ratios</source>
        <translation>已公布的宣称与比值</translation>
    </message>
    <message>
        <source>Comparisons and performance claims as the sources word them (not computed by ChipLens).</source>
        <translation>来源原文表述的比较与性能宣称（非 ChipLens 计算）。</translation>
    </message>
    <message>
        <source>Notes from sources</source>
        <translation>来源备注</translation>
    </message>
    <message>
        <source>Other sourced facts.</source>
        <translation>其他有来源的信息。</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>NoteAutosaver</name>
    <message>
        <source># Notes ChipLens could not save</source>
        <translation># ChipLens 未能保存的笔记</translation>
    </message>
    <message>
        <source>ChipLens was closing and the store did not take these texts (%1). Each is the note as it was last typed: copy it back into the note.</source>
        <translation>ChipLens 关闭时，数据库未能保存这些文本（%1）。每段都是该笔记最后输入时的内容：请将其复制回笔记。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Note id: %1</source>
        <translation>笔记 ID：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>No note open.
Pick one in the list, or make a new one (Ctrl+N).</source>
        <translation>未打开笔记。
请从列表中选择一条，或新建一条（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>笔记标题</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>笔记标签</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Only the Markdown text</source>
        <translation>仅 Markdown 文本</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分屏</translation>
    </message>
    <message>
        <source>Text and preview</source>
        <translation>文本和预览</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Only the preview</source>
        <translation>仅预览</translation>
    </message>
    <message>
        <source> (Ctrl+Shift+M cycles)</source>
        <translation>（Ctrl+Shift+M 循环切换）</translation>
    </message>
    <message>
        <source>%1 mode</source>
        <translation>%1模式</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>版本…</translation>
    </message>
    <message>
        <source>Versions of the note</source>
        <translation>笔记版本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the note to the trash</source>
        <translation>将笔记移到回收站</translation>
    </message>
    <message>
        <source>Move the note to the trash (Undo brings it back)</source>
        <translation>将笔记移到回收站（撤销可恢复）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore the note from the trash</source>
        <translation>从回收站恢复笔记</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>笔记文本（Markdown）</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, - list, | table |, [link](https://…), `code`. Saved as you type.</source>
        <translation>使用 Markdown 书写：# 标题、- 列表、| 表格 |、[链接](https://…)、`代码`。输入时自动保存。</translation>
    </message>
    <message>
        <source>Saved again: the store takes your notes again.</source>
        <translation>已恢复保存：数据库重新接受您的笔记。</translation>
    </message>
    <message>
        <source>Your text is kept here and saving is retried every %1 s and after your next edit.</source>
        <translation>您的文本保留在此处，每 %1 秒及下次编辑后会重试保存。</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Not shared:</source>
        <translation>未共享：</translation>
    </message>
    <message>
        <source>Shared with the team: the note goes to the team library at the next sync, and every later save follows it.</source>
        <translation>已与团队共享：该笔记将在下次同步时发送到团队库，之后的每次保存也会随之同步。</translation>
    </message>
    <message>
        <source>The note had been deleted elsewhere; your text was saved as a new note.</source>
        <translation>该笔记已在别处删除；您的文本已另存为新笔记。</translation>
    </message>
    <message>
        <source>In the trash (read-only). Restore it to edit.</source>
        <translation>位于回收站（只读）。恢复后即可编辑。</translation>
    </message>
    <message>
        <source>Not saved yet — retrying</source>
        <translation>尚未保存 — 正在重试</translation>
    </message>
    <message>
        <source>Edited…</source>
        <translation>已编辑…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>NoteLinks</name>
    <message>
        <source>Links of the note</source>
        <translation>笔记的链接</translation>
    </message>
    <message>
        <source>＋ Link to on screen</source>
        <translation>＋ 关联到当前显示内容</translation>
    </message>
    <message>
        <source>Link the note to what is on screen</source>
        <translation>将笔记关联到屏幕上显示的内容</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>对比组合</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>It no longer exists in the database; the link is kept.</source>
        <translation>该项已不在数据库中；链接仍保留。</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>移除此链接</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>On screen</source>
        <translation>当前屏幕</translation>
    </message>
    <message>
        <source>Notes linked to the devices, pairing or event on screen</source>
        <translation>与屏幕上的设备、对比组合或事件关联的笔记</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>所有笔记</translation>
    </message>
    <message>
        <source>Every note</source>
        <translation>全部笔记，不筛选</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Notes moved to the trash</source>
        <translation>已移到回收站的笔记</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>＋ New note</source>
        <translation>＋ 新建笔记</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>New note, linked to what is on screen (Ctrl+N)</source>
        <translation>新建笔记，关联到当前屏幕内容（Ctrl+N）</translation>
    </message>
    <message>
        <source>Export and import notes</source>
        <translation>导出和导入笔记</translation>
    </message>
    <message>
        <source>Export or import notes as Markdown files</source>
        <translation>以 Markdown 文件导出或导入笔记</translation>
    </message>
    <message>
        <source>Export this note as Markdown…</source>
        <translation>将此笔记导出为 Markdown…</translation>
    </message>
    <message>
        <source>Export all notes as Markdown…</source>
        <translation>将所有笔记导出为 Markdown…</translation>
    </message>
    <message>
        <source>Import Markdown notes…</source>
        <translation>导入 Markdown 笔记…</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>搜索笔记（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Show only notes with this tag</source>
        <translation>仅显示带有此标签的笔记</translation>
    </message>
    <message>
        <source>Filter by linked device</source>
        <translation>按关联设备筛选</translation>
    </message>
    <message>
        <source>Show only notes linked to this device</source>
        <translation>仅显示关联此设备的笔记</translation>
    </message>
    <message>
        <source>Sort notes</source>
        <translation>笔记排序</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>标题 A–Z</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>任意设备</translation>
    </message>
    <message>
        <source>No notes match “%1”.</source>
        <translation>没有与“%1”匹配的笔记。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message>
        <source>No notes are linked to what is on screen.
New note (Ctrl+N) makes one that is.</source>
        <translation>没有与当前屏幕内容关联的笔记。
新建笔记（Ctrl+N）即可创建一条关联笔记。</translation>
    </message>
    <message>
        <source>Nothing is on screen to link notes to.</source>
        <translation>屏幕上没有可关联笔记的内容。</translation>
    </message>
    <message>
        <source>No notes yet.
New note (Ctrl+N) starts one.</source>
        <translation>尚无笔记。
新建笔记（Ctrl+N）即可开始。</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>Untitled note</source>
        <translation>无标题笔记</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>shared with the team</source>
        <translation>已与团队共享</translation>
    </message>
    <message>
        <source>%n link(s)</source>
        <translation>%n 个链接</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 个链接</translation>
    </message>
</context>
<context>
    <name>NoteTeamBar</name>
    <message>
        <source>Shared with the team</source>
        <translation>与团队共享</translation>
    </message>
    <message>
        <source>Send this note to the team library at the next sync; its later saves follow it. A shared note stays shared.</source>
        <translation>在下次同步时将此笔记发送到团队库；之后的保存也会随之同步。笔记一经共享即保持共享。</translation>
    </message>
</context>
<context>
    <name>NoteVersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>“%1”的版本</translation>
    </message>
    <message>
        <source>Note versions</source>
        <translation>笔记版本</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>已保存的版本（最新的在前）</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>Preview of the selected version</source>
        <translation>所选版本预览</translation>
    </message>
    <message>
        <source>No earlier versions yet. A version is kept when you switch notes, close ChipLens, or restore one.</source>
        <translation>暂无较早的版本。切换笔记、关闭 ChipLens 或恢复某个版本时，会保留一个版本。</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>Replace the note&apos;s text with this version (the current text is kept as a version too)</source>
        <translation>用此版本替换笔记文本（当前文本也会保留为一个版本）</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>[image not shown: local files are not loaded]</source>
        <translation>[图片未显示：不加载本地文件]</translation>
    </message>
    <message>
        <source>[image not shown: remote images are not loaded]</source>
        <translation>[图片未显示：不加载远程图片]</translation>
    </message>
    <message>
        <source>[image not shown: images in notes are not loaded]</source>
        <translation>[图片未显示：不加载笔记中的图片]</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Move note “%1” to the trash</source>
        <translation>将笔记“%1”移到回收站</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs </translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>该笔记已不存在。</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>&lt;b&gt;The note was not created.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;未能创建笔记。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>The note was not deleted.</source>
        <translation>笔记未删除。</translation>
    </message>
    <message>
        <source>The note was not restored.</source>
        <translation>笔记未恢复。</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>已从回收站恢复。</translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation>回收站已为空。</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>清空回收站？</translation>
    </message>
    <message>
        <source>Delete the %1 notes in the trash for good? This cannot be undone.</source>
        <translation>永久删除回收站中的 %1 条笔记？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted %1 notes for good.</source>
        <translation>已永久删除 %1 条笔记。</translation>
    </message>
    <message>
        <source>The version was not restored.</source>
        <translation>版本未恢复。</translation>
    </message>
    <message>
        <source>Restored an earlier version. The text it replaced is in Versions… too.</source>
        <translation>已恢复较早的版本。被替换的文本也保存在“版本…”中。</translation>
    </message>
    <message>
        <source>Open a note to export it.</source>
        <translation>请先打开一条笔记再导出。</translation>
    </message>
    <message>
        <source>Export notes to a folder</source>
        <translation>将笔记导出到文件夹</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>未导出任何内容。</translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation>导出失败：</translation>
    </message>
    <message>
        <source>Exported %1 note(s) to %2</source>
        <translation>已将 %1 条笔记导出到 %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…另有 %1 个</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already holds %2 file(s) with the names of these notes:

%3

Replace them?</source>
        <translation>%1 中已有 %2 个与这些笔记同名的文件：

%3

要替换吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>从文件夹导入笔记</translation>
    </message>
    <message>
        <source>Import failed:</source>
        <translation>导入失败：</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>已将“%1”移至回收站。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Edit the pairing or group</source>
        <translation>编辑对比组合或组</translation>
    </message>
    <message>
        <source>Save a pairing or group</source>
        <translation>保存对比组合或组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Device &amp;%1</source>
        <translation>设备 &amp;%1</translation>
    </message>
    <message>
        <source>Baseline: ratios are taken against this device</source>
        <translation>基准：比值均相对于此设备计算</translation>
    </message>
    <message>
        <source>&amp;Ratios against</source>
        <translation>比值基准(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PerPackageBar</name>
    <message>
        <source>Show as published</source>
        <translation>按公布值显示</translation>
    </message>
    <message>
        <source>⚠ A figure per board or superchip is not comparable with a single package: %1.</source>
        <translation>⚠ 按板卡或超级芯片计的数值与单个封装的数值不可比：%1。</translation>
    </message>
    <message>
        <source>Compare per package</source>
        <translation>按封装对比</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>%1 and %2 differ by the factor between %3 and %4 (binary and decimal units): one of them may count in %3</source>
        <translation>%1 与 %2 相差 %3 与 %4 之间的倍数（二进制与十进制单位）：其中之一可能以 %3 计</translation>
    </message>
    <message>
        <source>%1 and %2 differ by a factor of 8: one of them may count bits, not bytes</source>
        <translation>%1 与 %2 相差 8 倍：其中之一可能以比特而非字节计</translation>
    </message>
    <message>
        <source>%1 is stated for %3, %2 for %4</source>
        <translation>%1 的条件为 %3，%2 的条件为 %4</translation>
    </message>
    <message>
        <source>%1 was produced by %3, %2 by %4: an outside figure against the vendor&apos;s own</source>
        <translation>%1 出处为 %3，%2 出处为 %4：外部数值与厂商自身数值对照</translation>
    </message>
    <message>
        <source>%1 is stated for %2; %3 states no condition</source>
        <translation>%1 的条件为 %2；%3 未说明条件</translation>
    </message>
    <message>
        <source>the figures differ by %1 (highest ÷ lowest − 1)</source>
        <translation>数值相差 %1（最高 ÷ 最低 − 1）</translation>
    </message>
    <message>
        <source>Known reason</source>
        <translation>已知原因</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>official figure</source>
        <translation>官方数值</translation>
    </message>
    <message>
        <source>third-party figure</source>
        <translation>第三方数值</translation>
    </message>
    <message>
        <source>reported figure</source>
        <translation>报道数值</translation>
    </message>
    <message>
        <source>figure of no stated confidence</source>
        <translation>未说明可信度的数值</translation>
    </message>
    <message>
        <source>worked out by ChipLens</source>
        <translation>由 ChipLens 推算</translation>
    </message>
    <message>
        <source>read on its producer&apos;s own page</source>
        <translation>取自出处自身的页面</translation>
    </message>
    <message>
        <source>read on a reputable relay</source>
        <translation>取自可靠转载</translation>
    </message>
    <message>
        <source>read on a weak relay</source>
        <translation>取自低质量转载</translation>
    </message>
    <message>
        <source>arithmetic on other figures</source>
        <translation>由其他数值计算得出</translation>
    </message>
    <message>
        <source>carrier not stated</source>
        <translation>载体未说明</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>一手</translation>
    </message>
    <message>
        <source>reputable relay</source>
        <translation>可靠转载</translation>
    </message>
    <message>
        <source>weak relay</source>
        <translation>低质量转载</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>the vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>the vendor, as reported by the press</source>
        <translation>厂商（据媒体报道）</translation>
    </message>
    <message>
        <source>a dataset compiler</source>
        <translation>数据集整理方</translation>
    </message>
    <message>
        <source>an analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>a government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>produced by %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <source>producer not stated</source>
        <translation>出处未说明</translation>
    </message>
    <message>
        <source>%1 read on a weak relay (aggregator, wiki, reseller blog, mirror)</source>
        <translation>%1 取自低质量转载（聚合网站、维基、经销商博客、镜像站）</translation>
    </message>
    <message>
        <source>weak relay only</source>
        <translation>仅低质量转载</translation>
    </message>
    <message>
        <source>%1 before a source: every figure cited to it was read on a weak relay</source>
        <translation>来源前的 %1：引用该来源的所有数值均取自低质量转载</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>no source (derived)</source>
        <translation>无来源（推算）</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>no source in the catalog gives this figure</source>
        <translation>目录中没有来源给出该数值</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>Basis: </source>
        <translation>口径：</translation>
    </message>
    <message>
        <source>Derived: </source>
        <translation>推算：</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Sources disagree (more than %1): </source>
        <translation>来源不一致（相差超过 %1）：</translation>
    </message>
    <message>
        <source>%n other figure(s): select the cell to see them and pick another source.</source>
        <translation>另有 %n 个数值：选中该单元格可查看并选择其他来源。</translation>
    </message>
    <message>
        <source>You chose this source for this cell.</source>
        <translation>您为此单元格选择了该来源。</translation>
    </message>
    <message>
        <source>Your own figure (italic): right-click to edit it.</source>
        <translation>您自己的数值（斜体）：右键单击可编辑。</translation>
    </message>
    <message>
        <source>Added by %1 (overlined), from the team library: right-click to correct it with a figure of your own.</source>
        <translation>由 %1 添加（上划线），来自团队库：右键单击可用您自己的数值更正。</translation>
    </message>
    <message>
        <source>Imported from a data file (File ▸ Import data); a newer import of it updates it.</source>
        <translation>从数据文件导入（文件 ▸ 导入数据）；再次导入较新的文件会更新它。</translation>
    </message>
    <message>
        <source>Baseline: the other devices&apos; ratios are taken against this one.</source>
        <translation>基准：其他设备的比值均相对于此设备计算。</translation>
    </message>
    <message>
        <source>No ratio: a figure is missing or not numeric.</source>
        <translation>无比值：缺少数值或数值非数字。</translation>
    </message>
    <message>
        <source>Compare ▸ Per accelerator package splits a board&apos;s or superchip&apos;s figures.</source>
        <translation>比较 ▸ 按加速器封装 会拆分板卡或超级芯片的数值。</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>neither side is better</source>
        <translation>双方无优劣之分</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>由 %1 添加</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>显示中</translation>
    </message>
    <message>
        <source>Use this figure</source>
        <translation>使用此数值</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Sources disagree by more than %1</source>
        <translation>来源相差超过 %1</translation>
    </message>
    <message>
        <source>no source gives this figure</source>
        <translation>没有来源给出该数值</translation>
    </message>
    <message>
        <source>You picked this figure.</source>
        <translation>您选择了此数值。</translation>
    </message>
    <message>
        <source>Back to automatic choice</source>
        <translation>恢复自动选择</translation>
    </message>
    <message>
        <source>Automatic choice, the same for this device in every comparison: the row’s standard kind of figure first; then read on its producer’s own page, on a reputable relay, worked out, on a weak relay; official before third-party before reported; stored before derived; exact before approximate; newest first.</source>
        <translation>自动选择，此设备在每次比较中都相同：先取该行的标准数值类型；其次依次为在出处方自己页面读取、在可靠转载读取、推算、在低质量转载读取；官方优先于第三方，第三方优先于报道；存储值优先于推算值；精确值优先于近似值；最新的优先。</translation>
    </message>
    <message>
        <source>overlined: a teammate&apos;s figure, from the team library</source>
        <translation>上划线：同事的数值，来自团队库</translation>
    </message>
    <message>
        <source>O official · T third-party · R reported (letter in a circle) · ƒ derived, with its formula · dotted circle with a small ring: read only on a weak relay (aggregator, wiki, reseller) · ≠ sources disagree by more than %2 · %1 the sides&apos; figures come from different sources or methods · ▲ better side · ⚠ basis not fully stated · underlined: your pick · italic: your figure · hover or select a cell for its sources and basis, right-click to edit</source>
        <translation>O 官方 · T 第三方 · R 报道（圆圈中的字母）· ƒ 推算，附公式 · 带小圆环的虚线圆圈：仅见于低质量转载（聚合网站、维基、经销商）· ≠ 来源相差超过 %2 · %1 双方数值来自不同来源或方法 · ▲ 更优一方 · ⚠ 口径未完全说明 · 下划线：您的选择 · 斜体：您的数值 · 悬停或选中单元格可查看来源和口径，右键单击可编辑</translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Sources of the selected figure</source>
        <translation>所选数值的来源</translation>
    </message>
    <message>
        <source>Select a figure in the table to see every source for it.</source>
        <translation>在表中选择一个数值，即可查看其全部来源。</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <source>%1, derived</source>
        <translation>%1，推算</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>Input source: %1</source>
        <translation>输入来源：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation>来源不一致：%1</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>行为方：%1</translation>
    </message>
</context>
<context>
    <name>RatioChart</name>
    <message>
        <source>A better</source>
        <translation>A 更优</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B 更优</translation>
    </message>
    <message>
        <source>no better side</source>
        <translation>无更优一方</translation>
    </message>
    <message>
        <source>ratio %1 ÷ %2 (log scale; 1× = equal)</source>
        <translation>比值 %1 ÷ %2（对数刻度；1× = 相等）</translation>
    </message>
    <message>
        <source>No comparison.</source>
        <translation>无对比。</translation>
    </message>
    <message>
        <source>Each bar is A&apos;s figure divided by B&apos;s, for the figures shown in the table (preferred source per cell, same unit and basis on both sides); ▲ marks the better side, ⚠ a basis not fully stated.</source>
        <translation>每根柱为 A 的数值除以 B 的数值，基于表中所示数值（每个单元格取首选来源，两侧单位和口径相同）；▲标示更优一方，⚠表示口径未完全说明。</translation>
    </message>
    <message>
        <source>Not comparable or not published: %1.</source>
        <translation>不可比或未公布：%1。</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>÷ %1 (log scale)</source>
        <translation>÷ %1（对数刻度）</translation>
    </message>
    <message>
        <source>Each marker: a device&apos;s figure ÷ %1&apos;s; ▲ the best.</source>
        <translation>每个标记：某设备的数值 ÷ %1 的数值；▲为最优。</translation>
    </message>
</context>
<context>
    <name>RatioPlot</name>
    <message>
        <source>Ratio chart</source>
        <translation>比值图</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>not comparable: %1 vs %2</source>
        <translation>不可比：%1 与 %2</translation>
    </message>
    <message>
        <source>the baseline&apos;s figure is zero</source>
        <translation>基准数值为零</translation>
    </message>
    <message>
        <source>second value is zero</source>
        <translation>第二个数值为零</translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure is %2, %5&apos;s %3</source>
        <translation>不可比：%4 的数值为 %2，%5 的为 %3</translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure counts %2, %5&apos;s %3</source>
        <translation>不可比：%4 的数值计 %2，%5 的计 %3</translation>
    </message>
    <message>
        <source>not comparable: %4&apos;s figure is per %2, %5&apos;s per %3</source>
        <translation>不可比：%4 的数值以每 %2 计，%5 的以每 %3 计</translation>
    </message>
    <message>
        <source>not comparable: %1 differs (%2 vs %3)</source>
        <translation>不可比：%1 不同（%2 与 %3）</translation>
    </message>
    <message>
        <source>%1: %2 not stated by the sources</source>
        <translation>%1：来源未说明 %2</translation>
    </message>
    <message>
        <source>different formats: %1 vs %2</source>
        <translation>格式不同：%1 与 %2</translation>
    </message>
    <message>
        <source>different conditions: %1 at %2, %3 at %4</source>
        <translation>条件不同：%1 为 %2，%3 为 %4</translation>
    </message>
    <message>
        <source>different sources</source>
        <translation>来源不同</translation>
    </message>
    <message>
        <source>different sources (%1 gives a figure for each)</source>
        <translation>来源不同（%1 为每一方各给出一个数值）</translation>
    </message>
    <message>
        <source>different methods: one figure stated, another worked out</source>
        <translation>方法不同：一个为公布值，另一个为推算值</translation>
    </message>
    <message>
        <source>standard figure</source>
        <translation>标准数值</translation>
    </message>
    <message>
        <source>one way</source>
        <translation>单向</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>all compute units</source>
        <translation>全部计算单元</translation>
    </message>
    <message>
        <source>Cube units only</source>
        <translation>仅 Cube 单元</translation>
    </message>
    <message>
        <source>vector units only</source>
        <translation>仅向量单元</translation>
    </message>
    <message>
        <source>2:4 sparse</source>
        <translation>稀疏（2:4）</translation>
    </message>
    <message>
        <source>package (one accelerator)</source>
        <translation>封装（一个加速器）</translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation>稀疏性</translation>
    </message>
    <message>
        <source>granularity</source>
        <translation>粒度</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Earlier versions of notes</source>
        <translation>笔记的历史版本</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>您的数值</translation>
    </message>
    <message>
        <source>Your sources</source>
        <translation>您的来源</translation>
    </message>
    <message>
        <source>Your timeline events</source>
        <translation>您的时间线事件</translation>
    </message>
    <message>
        <source>Devices you added or edited</source>
        <translation>您添加或编辑的设备</translation>
    </message>
    <message>
        <source>Your pairings</source>
        <translation>您的对比组合</translation>
    </message>
    <message>
        <source>Your choices of source for a cell</source>
        <translation>您为单元格选择的来源</translation>
    </message>
    <message>
        <source>Your export-control rules</source>
        <translation>您的出口管制规则</translation>
    </message>
    <message>
        <source>Your stack and supply facts</source>
        <translation>您的软件栈与供应条目</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Already in the backup</source>
        <translation>已在备份中</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>无备份</translation>
    </message>
    <message>
        <source>Recovered %1 of your rows; %2 known to be lost.</source>
        <translation>已恢复您的 %1 条记录；已知丢失 %2 条。</translation>
    </message>
    <message>
        <source>Losses are counted against the latest good backup, from %1, and from the index entries of rows that could no longer be read.</source>
        <translation>丢失数量依据 %1 的最近一次完好备份，以及已无法读取的记录的索引条目统计。</translation>
    </message>
    <message>
        <source>There is no backup to compare with: only rows whose index entry survived can be counted as lost; others may be lost without a trace.</source>
        <translation>没有可供比较的备份：只有索引条目仍在的记录才能计为丢失；其他记录可能已丢失而无迹可寻。</translation>
    </message>
    <message>
        <source>Tables with unreadable pages: %1.</source>
        <translation>含不可读页面的表：%1。</translation>
    </message>
    <message>
        <source>The bundled reference data (devices, figures, sources, events) is loaded again from ChipLens itself.</source>
        <translation>内置参考数据（设备、数值、来源、事件）已从 ChipLens 自身重新加载。</translation>
    </message>
    <message>
        <source>Salvaged store: %1</source>
        <translation>抢救出的数据库：%1</translation>
    </message>
    <message>
        <source>The damaged file is kept: %1</source>
        <translation>损坏的文件已保留：%1</translation>
    </message>
    <message>
        <source>Merged %1 of your rows from the salvage into the backup from %2.</source>
        <translation>已将抢救出的 %1 条记录合并到 %2 的备份中。</translation>
    </message>
    <message>
        <source>Of the %1 rows known lost, %2 are back from the backup; %3 were written after it and stay lost.</source>
        <translation>在已知丢失的 %1 条记录中，%2 条已从备份找回；%3 条写入于备份之后，仍然丢失。</translation>
    </message>
    <message>
        <source>%1 rows point at something neither store has and were not merged; they stay in the salvaged store.</source>
        <translation>%1 条记录指向两个数据库中都不存在的内容，未合并；它们保留在抢救出的数据库中。</translation>
    </message>
    <message>
        <source>Merged into the latest backup</source>
        <translation>已合并到最新备份</translation>
    </message>
</context>
<context>
    <name>SalvageReportDialog</name>
    <message>
        <source>What could be recovered</source>
        <translation>可抢救的内容</translation>
    </message>
    <message>
        <source>Every row that could still be read was copied into a new database. Nothing has been replaced yet.</source>
        <translation>所有仍可读取的行均已复制到新数据库中。尚未替换任何内容。</translation>
    </message>
    <message>
        <source>What was recovered and lost</source>
        <translation>已抢救和已丢失的内容</translation>
    </message>
    <message>
        <source>&amp;Merge into the backup from %1</source>
        <translation>合并到 %1 的备份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Merge into the latest backup</source>
        <translation>合并到最新备份(&amp;M)</translation>
    </message>
    <message>
        <source>Restore the latest good backup, then add every row of yours that it lacks or has in an older version from what was recovered</source>
        <translation>恢复最新的完好备份，再从抢救的数据中补入备份缺少或版本较旧的您的数据行</translation>
    </message>
    <message>
        <source>&amp;Use the recovered database as it is</source>
        <translation>直接使用抢救的数据库(&amp;U)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and put the recovered database in its place</source>
        <translation>将损坏的文件移到一旁（保留），并用抢救的数据库取而代之</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Change nothing and go back to the choices for the damaged file</source>
        <translation>不做任何更改，返回损坏文件的处理选项</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>%1 × %2 ≈ 1 × %3 on %4</source>
        <translation>在%4上，%1 × %2 ≈ 1 × %3</translation>
    </message>
    <message>
        <source>1 × %2 ≈ %1 × %3 on %4</source>
        <translation>在%4上，1 × %2 ≈ %1 × %3</translation>
    </message>
    <message>
        <source>%1, at %2 the power</source>
        <translation>%1，功耗为对方的 %2</translation>
    </message>
    <message>
        <source>%1 (power not published for %2)</source>
        <translation>%1（%2 的功耗未公布）</translation>
    </message>
    <message>
        <source>Cannot scale on %1: the figures are not comparable.</source>
        <translation>无法按%1换算：数值不可比。</translation>
    </message>
    <message>
        <source>Cannot scale on %1: %1 is not published for both.</source>
        <translation>无法按%1换算：双方的%1并未都公布。</translation>
    </message>
    <message>
        <source>%1 × %2 = %3 vs %4</source>
        <translation>%1 × %2 = %3，对比 %4</translation>
    </message>
    <message>
        <source>%1 vs %2 × %3 = %4</source>
        <translation>%1，对比 %2 × %3 = %4</translation>
    </message>
</context>
<context>
    <name>ScaleCalculatorPanel</name>
    <message>
        <source>Metric to match</source>
        <translation>要匹配的指标</translation>
    </message>
    <message>
        <source>Device to scale</source>
        <translation>用于扩展的设备</translation>
    </message>
    <message>
        <source>Scale device</source>
        <translation>扩展设备</translation>
    </message>
    <message>
        <source>Match on</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Pick two devices to compare.</source>
        <translation>请选择两个设备进行对比。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>ChipLens is already running with the data folder %1 but does not answer. Switch to that window (or end it), or start this one with --data-dir DIR to use another folder.</source>
        <translation>ChipLens 已在使用数据文件夹 %1 运行，但没有响应。请切换到该窗口（或结束它），或使用 --data-dir DIR 启动本实例以使用其他文件夹。</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Edit a source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>who published the figure: NVIDIA, SemiAnalysis, Reuters…</source>
        <translation>数值的发布方：NVIDIA、SemiAnalysis、Reuters…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY (n.d. if undated)</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY（无日期则填 n.d.）</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>发布方(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>网址(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
</context>
<context>
    <name>SourceFiguresDialog</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>载体</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>展示值</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加者</translation>
    </message>
    <message>
        <source>Figures resting on this source</source>
        <translation>依据此来源的数值</translation>
    </message>
    <message>
        <source>&amp;Cite a better source…</source>
        <translation>引用更好的来源(&amp;C)…</translation>
    </message>
    <message>
        <source>Attach a better source to the selected figure: the same number, read on a better page; this one stays listed (Edit ▸ Undo takes it back)</source>
        <translation>为所选数值附加更好的来源：同一数字，读自更好的页面；当前来源仍保留在列表中（编辑 ▸ 撤销可撤回）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 figures, %2 read on a weak relay</source>
        <translation>%1 个数值，其中 %2 个读自低质量转载</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>weak relays only</source>
        <translation>仅低质量转载</translation>
    </message>
</context>
<context>
    <name>SourceQualityModel</name>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>载体</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>On weak relays</source>
        <translation>位于低质量转载</translation>
    </message>
    <message>
        <source>Headline devices</source>
        <translation>涉及展示值的设备</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>citation upgraded from %1</source>
        <translation>引用已从 %1 升级</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Search the sources</source>
        <translation>搜索来源</translation>
    </message>
    <message>
        <source>Search publisher, title, address, device…</source>
        <translation>搜索发布方、标题、地址、设备…</translation>
    </message>
    <message>
        <source>&amp;Weak relays only</source>
        <translation>仅低质量转载(&amp;W)</translation>
    </message>
    <message>
        <source>Only the sources with figures read on a weak relay: aggregators, wikis, reseller blogs, mirrors</source>
        <translation>仅显示有数值读取自低质量转载的来源：聚合站、维基、经销商博客、镜像站</translation>
    </message>
    <message>
        <source>&amp;Figures…</source>
        <translation>数值(&amp;F)…</translation>
    </message>
    <message>
        <source>The figures resting on this source, to cite a better one</source>
        <translation>依赖此来源的数值，可为其引用更好的来源</translation>
    </message>
    <message>
        <source>&amp;Edit source…</source>
        <translation>编辑来源(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation>%2 个来源中的 %1 个</translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <source>Software stacks: how each reaches the frameworks and engines</source>
        <translation>软件栈：各自如何接入框架与引擎</translation>
    </message>
    <message>
        <source>Latest version (date)</source>
        <translation>最新版本（日期）</translation>
    </message>
    <message>
        <source>CUDA compatibility</source>
        <translation>CUDA 兼容性</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>开放程度</translation>
    </message>
    <message>
        <source>Programming model</source>
        <translation>编程模型</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>US</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>CN</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Routes as the reference words them, each with the kind read from those words; &quot;not found&quot;: the reference has nothing for that cell (not &quot;unsupported&quot;). Sources: vendors&apos; documentation and release notes, the frameworks&apos; own repositories and third-party reports, each cited with its grade and date (chiplens stacks --format json lists them).</source>
        <translation>接入途径按参考数据的原文列出，并附依据原文判定的类型；“未找到”表示参考数据中该单元格没有内容（并非“不支持”）。来源：厂商文档和版本说明、各框架自己的代码仓库及第三方报告，均注明可信度等级和日期（chiplens stacks --format json 可列出全部来源）。</translation>
    </message>
    <message>
        <source>no device of the catalog</source>
        <translation>目录中没有设备</translation>
    </message>
    <message>
        <source>no timeline event names this stack</source>
        <translation>时间线中没有提及此软件栈的事件</translation>
    </message>
    <message>
        <source>date not found</source>
        <translation>未找到日期</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>管辖区：</translation>
    </message>
    <message>
        <source>Show the stacks of</source>
        <translation>显示以下管辖区的软件栈</translation>
    </message>
    <message>
        <source>Kinds of route</source>
        <translation>支持方式类型</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>The matrix as shown (this jurisdiction) as PNG, SVG or PDF, with its legend and sources</source>
        <translation>将当前显示的矩阵（此管辖区）导出为 PNG、SVG 或 PDF，附图例与来源</translation>
    </message>
    <message>
        <source>Software stacks matrix</source>
        <translation>软件栈矩阵</translation>
    </message>
    <message>
        <source>The selected cell&apos;s facts and sources</source>
        <translation>所选单元格的信息与来源</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Export the stacks matrix</source>
        <translation>导出软件栈矩阵</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>图片 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Select a cell for its facts and sources.</source>
        <translation>选择一个单元格以查看其信息与来源。</translation>
    </message>
    <message>
        <source>No sourced fact behind this cell beyond the summary of the reference.</source>
        <translation>除参考摘要外，此单元格没有其他有来源的信息。</translation>
    </message>
    <message>
        <source>Devices that run %1:</source>
        <translation>运行 %1 的设备：</translation>
    </message>
    <message>
        <source>On the timeline:</source>
        <translation>时间线上：</translation>
    </message>
    <message>
        <source>That event is hidden by the timeline&apos;s filters.</source>
        <translation>该事件已被时间线的筛选条件隐藏。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>shipping</source>
        <translation>已出货</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>China-specific</source>
        <translation>中国特供</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>日期未说明</translation>
    </message>
    <message>
        <source>outlined: announced or roadmap targets, not measured parts (%1)</source>
        <translation>仅轮廓：已宣布或路线图中的目标值，而非实测产品（%1）</translation>
    </message>
    <message>
        <source>%1 is a roadmap %2 (%3): its figures are announced targets, not measured parts.</source>
        <translation>%1 是路线图中的%2（%3）：其数值为已宣布的目标值，而非实测产品。</translation>
    </message>
    <message>
        <source>%1 is an announced %2, not yet shipping (%3): its figures are announced targets, not measured parts.</source>
        <translation>%1 是已宣布但尚未出货的%2（%3）：其数值为已宣布的目标值，而非实测产品。</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>The database is damaged.</source>
        <translation>数据库已损坏。</translation>
    </message>
    <message>
        <source>This SQLite file is not a ChipLens database (it has no ChipLens schema).</source>
        <translation>此 SQLite 文件不是 ChipLens 数据库（没有 ChipLens 架构）。</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it (%1).</source>
        <translation>数据库正忙：另一个程序正在写入（%1）。</translation>
    </message>
    <message>
        <source>The database or its folder is read-only: ChipLens cannot write to it.</source>
        <translation>数据库或其文件夹为只读：ChipLens 无法写入。</translation>
    </message>
    <message>
        <source>A transaction left unfinished by a crash is in %1.</source>
        <translation>%1 中有一个因崩溃而未完成的事务。</translation>
    </message>
    <message>
        <source>The database was written by a newer ChipLens (schema %1; this version knows up to %2).</source>
        <translation>数据库由较新版本的 ChipLens 写入（架构 %1；本版本最高支持 %2）。</translation>
    </message>
    <message>
        <source>There is no database file yet (ChipLens creates one on start).</source>
        <translation>尚无数据库文件（ChipLens 启动时会创建）。</translation>
    </message>
    <message>
        <source>Way out: &apos;chiplens db restore LATEST&apos; moves it aside (kept) and restores the newest good backup; &apos;chiplens db salvage&apos; copies every row that can still be read into a new database (the damaged file is kept); &apos;chiplens db fresh&apos; moves it aside and starts with a fresh database.</source>
        <translation>解决办法：&apos;chiplens db restore LATEST&apos; 会将该文件移到一旁（保留）并恢复最新的完好备份；&apos;chiplens db salvage&apos; 会把所有仍可读取的行复制到新数据库中（损坏的文件会保留）；&apos;chiplens db fresh&apos; 会将该文件移到一旁并以全新的数据库启动。</translation>
    </message>
    <message>
        <source>Way out: use --data-dir DIR for another folder, or move the file aside: &apos;chiplens db fresh&apos; does that (the file is kept) and starts with a fresh database.</source>
        <translation>解决办法：使用 --data-dir DIR 指定其他文件夹，或将该文件移到一旁：&apos;chiplens db fresh&apos; 即可完成此操作（文件会保留），并以全新的数据库启动。</translation>
    </message>
    <message>
        <source>Nothing is wrong with the file. Wait until that program has finished, or close it, then try again.</source>
        <translation>文件本身没有问题。请等待该程序完成或将其关闭，然后重试。</translation>
    </message>
    <message>
        <source>Fix the permissions of the file and its folder (%1), or start ChipLens with --data-dir DIR (or set CHIPLENS_DATA_DIR) to use another folder.</source>
        <translation>请修正该文件及其文件夹的权限（%1），或使用 --data-dir DIR 启动 ChipLens（或设置 CHIPLENS_DATA_DIR）以使用其他文件夹。</translation>
    </message>
    <message>
        <source>Opening the database with write access (starting ChipLens, or any chiplens command but &apos;db check&apos;) rolls that transaction back: the database is then as it was before it. &apos;db check&apos; leaves it as it is. Keep the -journal file beside the database: deleting it can damage the database.</source>
        <translation>以写入权限打开数据库（启动 ChipLens，或运行除 &apos;db check&apos; 以外的任何 chiplens 命令）会回滚该事务：数据库随即恢复到该事务之前的状态。&apos;db check&apos; 不会改动它。请将 -journal 文件保留在数据库旁边：删除它可能损坏数据库。</translation>
    </message>
    <message>
        <source>Upgrade ChipLens to open it (it was left untouched), or use --data-dir DIR to open another folder.</source>
        <translation>请升级 ChipLens 以打开它（该数据库未被改动），或使用 --data-dir DIR 打开其他文件夹。</translation>
    </message>
    <message>
        <source>Start ChipLens, or run any chiplens command, to create it.</source>
        <translation>启动 ChipLens 或运行任意 chiplens 命令即可创建。</translation>
    </message>
    <message>
        <source>ok: %1 (schema %2, %3): integrity and foreign keys checked</source>
        <translation>ok：%1（架构 %2，%3）：已检查完整性和外键</translation>
    </message>
    <message>
        <source>the system does not say which</source>
        <translation>系统未指明是哪个程序</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1，进程 %2</translation>
    </message>
    <message>
        <source>a ChipLens window, process %1</source>
        <translation>一个 ChipLens 窗口，进程 %1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>检查结果：%1</translation>
    </message>
    <message>
        <source>damaged, or not a ChipLens database</source>
        <translation>已损坏，或不是 ChipLens 数据库</translation>
    </message>
    <message>
        <source>busy: another program holds a write lock</source>
        <translation>正忙：另一个程序持有写锁</translation>
    </message>
    <message>
        <source>read-only file or folder</source>
        <translation>文件或文件夹为只读</translation>
    </message>
    <message>
        <source>a -journal left by a crash (rolled back on the next open with write access)</source>
        <translation>崩溃遗留的 -journal（下次以写入权限打开时回滚）</translation>
    </message>
    <message>
        <source>written by a newer ChipLens</source>
        <translation>由较新版本的 ChipLens 写入</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>尚无数据库文件</translation>
    </message>
    <message>
        <source>exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>完好</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Cannot open the ChipLens database</source>
        <translation>无法打开 ChipLens 数据库</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>无法使用数据文件夹</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>The database comes from a newer ChipLens</source>
        <translation>数据库来自较新版本的 ChipLens</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>数据库正忙</translation>
    </message>
    <message>
        <source>The database has an unfinished transaction</source>
        <translation>数据库有未完成的事务</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>Disk error</source>
        <translation>磁盘错误</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds the ChipLens data. Free some space and try again; nothing was lost.

Database: %1</source>
        <translation>存放 ChipLens 数据的磁盘已没有剩余空间。请释放一些空间后重试；没有丢失任何内容。

数据库：%1</translation>
    </message>
    <message>
        <source>A transaction left unfinished by a crash is in %1-journal. SQLite undoes it when the database is opened with write access, but ChipLens cannot write to the database file: fix its permissions, then try again. Keep the -journal file beside the database: deleting it can damage the database.

Database: %2</source>
        <translation>%1-journal 中有一个因崩溃而未完成的事务。以写入权限打开数据库时 SQLite 会撤销它，但 ChipLens 无法写入数据库文件：请修正其权限后重试。请将 -journal 文件保留在数据库旁：删除它可能损坏数据库。

数据库：%2</translation>
    </message>
    <message>
        <source>Another program (or another ChipLens) is writing to the database. Close it and try again.

Held by: %1

Database: %2</source>
        <translation>另一个程序（或另一个 ChipLens）正在写入数据库。请关闭它后重试。

占用者：%1

数据库：%2</translation>
    </message>
    <message>
        <source>Another program (or another ChipLens) is writing to the database. Close it and try again.

Database: %1</source>
        <translation>另一个程序（或另一个 ChipLens）正在写入数据库。请关闭它后重试。

数据库：%1</translation>
    </message>
    <message>
        <source>ChipLens cannot write to its data folder (it is read-only). Fix the permissions, or start ChipLens with --data-dir DIR (or set CHIPLENS_DATA_DIR) to use another folder.

Database: %1</source>
        <translation>ChipLens 无法写入其数据文件夹（该文件夹为只读）。请修正权限，或使用 --data-dir DIR 启动 ChipLens（或设置 CHIPLENS_DATA_DIR）以使用其他文件夹。

数据库：%1</translation>
    </message>
    <message>
        <source>The ChipLens data folder is missing: was it moved, renamed or deleted, or is it on a drive that is not connected? Put it back (or connect the drive) and try again; what you typed is kept meanwhile. Or start ChipLens with --data-dir DIR to use another folder.

Database: %1</source>
        <translation>找不到 ChipLens 数据文件夹：它是否被移动、重命名或删除，或位于未连接的驱动器上？请将其放回（或连接驱动器）后重试；在此期间您输入的内容会被保留。或者使用 --data-dir DIR 启动 ChipLens 以使用其他文件夹。

数据库：%1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of ChipLens (schema %1; this version knows up to %2). It was left untouched. Install the newer ChipLens, or start this one with --data-dir DIR to use another folder.

Database: %3</source>
        <translation>此数据库由较新版本的 ChipLens 写入（架构 %1；当前版本最高支持 %2）。数据库未作任何改动。请安装较新的 ChipLens，或使用 --data-dir DIR 启动当前版本以使用其他文件夹。

数据库：%3</translation>
    </message>
    <message>
        <source>it does not start with the SQLite header</source>
        <translation>文件开头不是 SQLite 文件头</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it is cut short inside its header</source>
        <translation>文件在文件头处被截断</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes of the %2 its header counts</source>
        <translation>文件被截断：仅有 %1 字节，文件头记录应为 %2 字节</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open another folder…</source>
        <translation>打开其他文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Choose a folder for the ChipLens data</source>
        <translation>为 ChipLens 数据选择文件夹</translation>
    </message>
</context>
<context>
    <name>Supply</name>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>统计内容</translation>
    </message>
    <message>
        <source>Made by, read on</source>
        <translation>出处、载体</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation>1 个数值</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 个数值</translation>
    </message>
    <message>
        <source>they count different things (%1): side by side, never added or merged</source>
        <translation>统计内容不同（%1）：并列显示，绝不相加或合并</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>无年份</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No supply fact matches these filters.</source>
        <translation>没有符合这些筛选条件的供应信息。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>载体</translation>
    </message>
    <message>
        <source>Devices named</source>
        <translation>提及的设备</translation>
    </message>
    <message>
        <source>words in the subject, e.g. huawei 910c</source>
        <translation>对象中的词，例如 huawei 910c</translation>
    </message>
    <message>
        <source>Subject filter</source>
        <translation>对象筛选</translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation>信息类型</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Supply facts</source>
        <translation>供应信息</translation>
    </message>
    <message>
        <source>Fact details</source>
        <translation>信息详情</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>The market-share chart as PNG, SVG or PDF, with its title, date and sources</source>
        <translation>将市场份额图导出为 PNG、SVG 或 PDF，附标题、日期与来源</translation>
    </message>
    <message>
        <source>Estimates, side by side</source>
        <translation>估算并列对照</translation>
    </message>
    <message>
        <source>Market share chart</source>
        <translation>市场份额图</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>供应</translation>
    </message>
    <message>
        <source>%1 facts</source>
        <translation>%1 条信息</translation>
    </message>
    <message>
        <source>Select a fact for its full citation and note.</source>
        <translation>选择一条信息以查看其完整引用与备注。</translation>
    </message>
    <message>
        <source>Export the market-share chart</source>
        <translation>导出市场份额图</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>图片 (*.png *.svg *.pdf)</translation>
    </message>
</context>
<context>
    <name>Suspect</name>
    <message>
        <source>%1 if the column holds bytes</source>
        <translation>如果该列为字节，则为 %1</translation>
    </message>
    <message>
        <source>%1 if the column holds bits</source>
        <translation>如果该列为比特，则为 %1</translation>
    </message>
    <message>
        <source>%1 if the unit is %2 times larger</source>
        <translation>如果单位大 %2 倍，则为 %1</translation>
    </message>
    <message>
        <source>%1 if the unit is %2 times smaller</source>
        <translation>如果单位小 %2 倍，则为 %1</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>低</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>高</translation>
    </message>
    <message>
        <source>unit suspect: %1 × %2 than %3 (%4); likely %5</source>
        <translation>单位可疑：比 %3%2 %1 倍（%4）；可能应为 %5</translation>
    </message>
    <message>
        <source>%1&apos;s %2 figure</source>
        <translation>%1 的%2数值</translation>
    </message>
    <message>
        <source>imported as the file gives it (you confirmed it)</source>
        <translation>按文件原样导入（已经您确认）</translation>
    </message>
</context>
<context>
    <name>TeamConflictsDialog</name>
    <message>
        <source>Team library conflicts</source>
        <translation>团队库冲突</translation>
    </message>
    <message>
        <source>These shared rows were changed here and in the team library apart, or the library would not take a change of yours. Both versions are kept until you choose; what you keep goes to the library at the next sync.</source>
        <translation>这些共享记录在本机和团队库中被分别修改，或团队库不接受您的某项更改。在您做出选择之前，两个版本都会保留；您保留的版本将在下次同步时发送到团队库。</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Value (text)</source>
        <translation>数值（文本）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>a row shared in the team library</source>
        <translation>团队库中共享的记录</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No conflicts: every shared row here agrees with the team library.</source>
        <translation>没有冲突：此处所有共享记录都与团队库一致。</translation>
    </message>
    <message>
        <source>Yours and the library&apos;s, field by field</source>
        <translation>您的版本与团队库的版本，逐字段对照</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并结果</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>您的文本</translation>
    </message>
    <message>
        <source>The library&apos;s text</source>
        <translation>团队库的文本</translation>
    </message>
    <message>
        <source>Merged text (edit it, then Keep merged)</source>
        <translation>合并后的文本（编辑后点击“保留合并结果”）</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的版本(&amp;M)</translation>
    </message>
    <message>
        <source>Your version goes to the library over theirs at the next sync</source>
        <translation>下次同步时，您的版本将覆盖团队库中对方的版本</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留对方版本(&amp;T)</translation>
    </message>
    <message>
        <source>The library&apos;s version replaces yours here</source>
        <translation>团队库的版本将替换此处您的版本</translation>
    </message>
    <message>
        <source>Keep mer&amp;ged</source>
        <translation>保留合并结果(&amp;G)</translation>
    </message>
    <message>
        <source>The merged text goes here and to the library at the next sync</source>
        <translation>合并后的文本将保存在此处，并在下次同步时发送到团队库</translation>
    </message>
    <message>
        <source>Keep mine as a &amp;copy</source>
        <translation>将我的版本另存为副本(&amp;C)</translation>
    </message>
    <message>
        <source>The library&apos;s version stays; yours becomes a private note of your own</source>
        <translation>团队库的版本保留；您的版本成为您自己的私人笔记</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>The library&apos;s (%1, version %2)</source>
        <translation>团队库的版本（%1，第 %2 版）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <source>see below</source>
        <translation>见下方</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Conflict not settled</source>
        <translation>冲突未解决</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team library</source>
        <translation>团队库</translation>
    </message>
    <message>
        <source>Connect this computer&apos;s store to a team library on a PostgreSQL server. Your work stays here and is synced with the team&apos;s: changes made offline wait in a queue.</source>
        <translation>将本机数据库连接到 PostgreSQL 服务器上的团队库。您的工作保留在本机，并与团队的工作同步：离线时所做的更改会在队列中等待。</translation>
    </message>
    <message>
        <source>postgresql://ana@db.example.org/desk  or  service=desk</source>
        <translation>postgresql://ana@db.example.org/desk  或  service=desk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>A libpq connection string: a URI (postgresql://USER@HOST:PORT/DATABASE), keywords (host=… dbname=… user=…) or service=NAME for an entry of ~/.pg_service.conf. A server that is not this computer must prove its name (sslmode=verify-full) unless the string says otherwise.</source>
        <translation>libpq 连接字符串：URI（postgresql://USER@HOST:PORT/DATABASE）、关键字（host=… dbname=… user=…），或对应 ~/.pg_service.conf 中某个条目的 service=NAME。若服务器不是本机，则必须证明其名称（sslmode=verify-full），除非连接字符串另有规定。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass, the service file or the keyring</source>
        <translation>留空：从 ~/.pgpass、服务文件或密钥环读取</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>将密码保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Looking for a system keyring…</source>
        <translation>正在查找系统密钥环…</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring and read from there at each sync.</source>
        <translation>密码保存在本机的密钥环中，每次同步时从中读取。</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer: the password is kept for this session only. To keep it, write it in ~/.pgpass or a service file, which PostgreSQL&apos;s own tools read too.</source>
        <translation>本机没有可用的系统密钥环：密码仅在本次会话中保留。如需保留，请将其写入 ~/.pgpass 或服务文件，PostgreSQL 自带的工具也会读取这些文件。</translation>
    </message>
    <message>
        <source>Give the team library&apos;s address: postgresql://USER@HOST/DATABASE, or service=NAME.</source>
        <translation>请填写团队库的地址：postgresql://USER@HOST/DATABASE 或 service=NAME。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>团队库：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>登录身份：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Queued changes:</source>
        <translation>待同步的更改：</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>未解决的冲突：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>上次错误：</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>冲突(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>成员(&amp;M)…</translation>
    </message>
    <message>
        <source>The library&apos;s members and their roles (administrators)</source>
        <translation>团队库的成员及其角色（仅限管理员）</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Stop syncing this store. Your queue, the conflicts and the team&apos;s rows stay here for a later connection; a password kept in the keyring is forgotten.</source>
        <translation>停止同步此数据库。您的队列、冲突和团队的记录会保留在本机，供以后再次连接时使用；保存在密钥环中的密码将被清除。</translation>
    </message>
    <message>
        <source>reader (receives the team&apos;s changes)</source>
        <translation>读者（接收团队的更改）</translation>
    </message>
    <message>
        <source>editor (shares rows, changes only their own)</source>
        <translation>编辑者（共享记录，仅可修改自己的记录）</translation>
    </message>
    <message>
        <source>administrator (manages members)</source>
        <translation>管理员（管理成员）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sending %v of %m</source>
        <translation>正在发送 %v / %m</translation>
    </message>
    <message>
        <source>Receiving %v of %m</source>
        <translation>正在接收 %v / %m</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>已同步：发送 %1，接收 %2。</translation>
    </message>
    <message>
        <source>%1 new conflicts: see Conflicts….</source>
        <translation>新增 %1 个冲突：请查看“冲突…”。</translation>
    </message>
</context>
<context>
    <name>TeamLibrary</name>
    <message>
        <source>Give the team library&apos;s address: postgresql://USER@HOST/DATABASE, or service=NAME.</source>
        <translation>请填写团队库的地址：postgresql://USER@HOST/DATABASE 或 service=NAME。</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL connection string: %1. Write it as postgresql://USER@HOST:PORT/DATABASE or as host=... dbname=... user=...</source>
        <translation>这不是 PostgreSQL 连接字符串：%1。请写作 postgresql://USER@HOST:PORT/DATABASE 或 host=... dbname=... user=...</translation>
    </message>
    <message>
        <source>This database holds no ChipLens team library. An administrator creates one with `chiplens team init URL`.</source>
        <translation>此数据库中没有 ChipLens 团队库。管理员可用 `chiplens team init URL` 创建。</translation>
    </message>
    <message>
        <source>The team library was set up by a newer ChipLens (schema %1). Update ChipLens to sync with it; your own work stays in this computer&apos;s store.</source>
        <translation>团队库由较新版本的 ChipLens 创建（架构 %1）。请更新 ChipLens 以与其同步；您自己的工作仍保留在本机数据库中。</translation>
    </message>
    <message>
        <source>unknown team role %1: choose reader, editor or admin</source>
        <translation>未知团队角色 %1：请选择 reader、editor 或 admin</translation>
    </message>
    <message>
        <source>no PostgreSQL role %1: create the login first (%2), then add it</source>
        <translation>没有 PostgreSQL 角色 %1：请先创建登录账号（%2），再添加</translation>
    </message>
    <message>
        <source>The team library&apos;s server cannot be reached or stopped answering. Your changes stay queued on this computer; sync again once it is back.</source>
        <translation>无法连接团队库的服务器，或服务器已停止响应。您的更改仍在本机排队等待；服务器恢复后请再次同步。</translation>
    </message>
    <message>
        <source>The team library&apos;s server refused the sync: %1. Your changes stay queued on this computer.</source>
        <translation>团队库的服务器拒绝了同步：%1。您的更改仍在本机排队等待。</translation>
    </message>
    <message>
        <source>This store is not connected to a team library: connect one first (File ▸ Team library…, or `chiplens team connect URL`).</source>
        <translation>此数据库未连接到团队库：请先连接一个（文件 ▸ 团队库…，或 `chiplens team connect URL`）。</translation>
    </message>
    <message>
        <source>%1 is not a member of the team library at %2: an administrator adds it with `%3`.</source>
        <translation>%1 不是 %2 上团队库的成员：管理员可用 `%3` 添加。</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password. Check them (a password is read from the system keyring, ~/.pgpass or PGPASSWORD when none is typed).</source>
        <translation>%1 上的服务器拒绝了用户名或密码。请检查（未输入密码时，将从系统密钥环、~/.pgpass 或 PGPASSWORD 读取）。</translation>
    </message>
    <message>
        <source>The server at %1 could not prove who it is: %2. Its certificate must match its host name (sslmode=verify-full); ask your administrator for the right address or root certificate (sslrootcert=...).</source>
        <translation>%1 上的服务器无法证明其身份：%2。其证书必须与主机名一致（sslmode=verify-full）；请向管理员索取正确的地址或根证书（sslrootcert=...）。</translation>
    </message>
    <message>
        <source>There is no database of that name at %1: %2.</source>
        <translation>%1 上没有该名称的数据库：%2。</translation>
    </message>
    <message>
        <source>libpq does not know that service: %1. Services are defined in ~/.pg_service.conf.</source>
        <translation>libpq 不认识该服务：%1。服务在 ~/.pg_service.conf 中定义。</translation>
    </message>
    <message>
        <source>Only an administrator of the team library can list its members: %1 is not one (team role: %2). Ask an administrator, or connect as one (--url).</source>
        <translation>只有团队库的管理员才能列出其成员：%1 不是管理员（团队角色：%2）。请联系管理员，或以管理员身份连接（--url）。</translation>
    </message>
    <message>
        <source>Only an administrator of the team library can add members or change their roles: %1 is not one (team role: %2). Ask an administrator, or connect as one (--url).</source>
        <translation>只有团队库的管理员才能添加成员或更改其角色：%1 不是管理员（团队角色：%2）。请联系管理员，或以管理员身份连接（--url）。</translation>
    </message>
    <message>
        <source>The team library at %1 refused this store&apos;s changes: %2 is a reader (pull only). What others changed came (%3 rows); your %4 change(s) stay queued on this computer. An administrator can make you an editor: `%5`.</source>
        <translation>%1 上的团队库拒绝了此数据库的更改：%2 是读者（仅接收）。其他人的更改已接收（%3 条记录）；您的 %4 项更改仍在本机排队等待。管理员可将您设为编辑者：`%5`。</translation>
    </message>
    <message>
        <source>The team library at %1 refused this store&apos;s changes: %2 may not write there. What others changed came (%3 rows); your %4 change(s) stay queued on this computer. An administrator can make you an editor: `%5`.</source>
        <translation>%1 上的团队库拒绝了此数据库的更改：%2 无权在其中写入。其他人的更改已接收（%3 条记录）；您的 %4 项更改仍在本机排队等待。管理员可将您设为编辑者：`%5`。</translation>
    </message>
    <message>
        <source>The team library at %1 cannot be reached: %2. Your own work stays in this computer&apos;s store.</source>
        <translation>无法连接 %1 上的团队库：%2。您自己的工作仍保留在本机数据库中。</translation>
    </message>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>pairing or group</source>
        <translation>配对或分组</translation>
    </message>
    <message>
        <source>edited elsewhere</source>
        <translation>已在别处修改</translation>
    </message>
    <message>
        <source>refused by the library</source>
        <translation>被团队库拒绝</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>Something unexpected went wrong (%1). The details are in the log.</source>
        <translation>发生意外错误（%1）。详情见日志。</translation>
    </message>
    <message>
        <source>Team: syncing…</source>
        <translation>团队：正在同步…</translation>
    </message>
    <message>
        <source>Team: 1 conflict</source>
        <translation>团队：1 个冲突</translation>
    </message>
    <message>
        <source>Team: %1 conflicts</source>
        <translation>团队：%1 个冲突</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 项待同步</translation>
    </message>
    <message>
        <source>Team: offline · %1</source>
        <translation>团队：离线 · %1</translation>
    </message>
    <message>
        <source>Team: synced %1</source>
        <translation>团队：已同步 %1</translation>
    </message>
    <message>
        <source>Team: not synced yet</source>
        <translation>团队：尚未同步</translation>
    </message>
    <message>
        <source>Team library status</source>
        <translation>团队库状态</translation>
    </message>
    <message>
        <source>Team library: %1. Click for details, Sync now and conflicts.</source>
        <translation>团队库：%1。点击查看详情、立即同步和冲突。</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Colours</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Export control</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>Entity List</source>
        <translation>实体清单</translation>
    </message>
    <message>
        <source>Procurement guidance</source>
        <translation>采购指导</translation>
    </message>
    <message>
        <source>Industrial policy</source>
        <translation>产业政策</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>安全审查</translation>
    </message>
    <message>
        <source>Antitrust</source>
        <translation>反垄断</translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation>产品发布</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>供应</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>监管</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2年第%1季度</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Policy timeline chart</source>
        <translation>政策时间线图表</translation>
    </message>
    <message>
        <source>Events by date in lanes. Plus and minus zoom, left and right arrows pan, Home fits all, [ and ] select the previous and next event.</source>
        <translation>按日期分泳道显示事件。加号和减号缩放，左右方向键平移，Home 键显示全部，[ 和 ] 选择上一个和下一个事件。</translation>
    </message>
    <message>
        <source>compared devices</source>
        <translation>对比中的设备</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TimelineGeometry</name>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Policy timeline</source>
        <translation>政策时间线</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Show only some categories of events</source>
        <translation>仅显示部分类别的事件</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>司法辖区</translation>
    </message>
    <message>
        <source>Show only events of some jurisdictions</source>
        <translation>仅显示部分司法辖区的事件</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>任意可信度</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅%1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Hide events that ended before this date</source>
        <translation>隐藏在此日期之前结束的事件</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Hide events that started after this date</source>
        <translation>隐藏在此日期之后开始的事件</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Search title, summary, actor, tags</source>
        <translation>搜索标题、摘要、主体、标签</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>Only the compared devices</source>
        <translation>仅限对比中的设备</translation>
    </message>
    <message>
        <source>Show only events about the two devices in the comparison</source>
        <translation>仅显示与对比中两款设备相关的事件</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Lanes by jurisdiction</source>
        <translation>按司法辖区分泳道</translation>
    </message>
    <message>
        <source>Lanes by category</source>
        <translation>按类别分泳道</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>显示最近一年</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 年</translation>
    </message>
    <message>
        <source>Show the last three years</source>
        <translation>显示最近三年</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show every event that matches (Home)</source>
        <translation>显示所有匹配的事件（Home）</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Previous event ([ or Alt+Left)</source>
        <translation>上一个事件（[ 或 Alt+Left）</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>上一个事件</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Next event (] or Alt+Right)</source>
        <translation>下一个事件（] 或 Alt+Right）</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>下一个事件</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>添加事件…</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Edit the selected event (only events you added)</source>
        <translation>编辑所选事件（仅限您添加的事件）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Delete the selected event (only events you added)</source>
        <translation>删除所选事件（仅限您添加的事件）</translation>
    </message>
    <message>
        <source>Drawing the timeline…</source>
        <translation>正在绘制时间线…</translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation>没有符合这些筛选条件的事件</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>Events that match the filters</source>
        <translation>符合筛选条件的事件</translation>
    </message>
    <message>
        <source>Open a comparison to filter by its devices</source>
        <translation>打开一个对比，即可按其中的设备筛选</translation>
    </message>
    <message>
        <source>Show only events about %1</source>
        <translation>仅显示与 %1 相关的事件</translation>
    </message>
    <message>
        <source>No events yet. Add the first one.</source>
        <translation>尚无事件。请添加第一个。</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%2 个事件中的 %1 个</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>n.d.</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>添加数值</translation>
    </message>
    <message>
        <source>Correct a bundled figure</source>
        <translation>更正内置数值</translation>
    </message>
    <message>
        <source>Edit your figure</source>
        <translation>编辑您的数值</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Appro&amp;ximate (≈)</source>
        <translation>近似（≈）(&amp;X)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>新建来源(&amp;N)…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>official (the maker)</source>
        <translation>官方（厂商）</translation>
    </message>
    <message>
        <source>third-party (measured or compiled by others)</source>
        <translation>第三方（由他人测量或汇编）</translation>
    </message>
    <message>
        <source>reported (press, leaks)</source>
        <translation>报道（媒体、泄露）</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>not stated — e.g. vendor, analyst firm (SemiAnalysis)</source>
        <translation>未说明 — 例如 vendor、analyst firm (SemiAnalysis)</translation>
    </message>
    <message>
        <source>Carrier quality</source>
        <translation>载体质量</translation>
    </message>
    <message>
        <source>the producer&apos;s own page or document</source>
        <translation>出处方自己的页面或文档</translation>
    </message>
    <message>
        <source>a reputable outlet or compiler restating it</source>
        <translation>可信媒体或汇编方的转述</translation>
    </message>
    <message>
        <source>an aggregator, syndication, wiki, reseller blog or mirror</source>
        <translation>聚合站、转载联播、维基、经销商博客或镜像站</translation>
    </message>
    <message>
        <source>arithmetic on other figures</source>
        <translation>由其他数值推算</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY (empty: the source&apos;s date)</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY（留空：取来源日期）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>&amp;Show this figure in the comparison (instead of the automatic choice)</source>
        <translation>在对比中显示此数值（替代自动选择）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>数值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Qualifier</source>
        <translation>限定词(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>可信度(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Produced by</source>
        <translation>出处(&amp;P)</translation>
    </message>
    <message>
        <source>Ca&amp;rrier quality</source>
        <translation>载体质量(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至日期(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>笔记(&amp;O)</translation>
    </message>
    <message>
        <source>— choose a source —</source>
        <translation>— 选择来源 —</translation>
    </message>
    <message>
        <source>e.g. %1 — any multiple of %2 (1.2 PFLOPS, 3.35 TB/s, 2,800 Gbit/s, 1.5 kW)</source>
        <translation>例如 %1 — 可用 %2 的任意倍数单位（1.2 PFLOPS、3.35 TB/s、2,800 Gbit/s、1.5 kW）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
    <message>
        <source>text, as the source gives it</source>
        <translation>文本，按来源原文填写</translation>
    </message>
    <message>
        <source>Stored as: %1 — %2</source>
        <translation>存储为：%1 — %2</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>存储为：%1</translation>
    </message>
    <message>
        <source>The bundled figure stays as it is; your correction is saved as your own figure.</source>
        <translation>内置数值保持不变；您的更正将另存为您自己的数值。</translation>
    </message>
</context>
<context>
    <name>WorkBackups</name>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>无法创建备份：%1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选值：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项字符串：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <source>(default: %(default)s)</source>
        <translation>（默认：%(default)s）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
</TS>
