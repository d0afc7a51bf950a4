## factgap، العربية. كل نص تعرضه صفحة أو ملاحظة تنزيل أو إحالة يأتي من هنا؛
## والشيفرة لا تختار إلا المفتاح. المفاتيح مشتركة بين جميع اللغات.

dir = rtl
site-name = factgap
site-tagline = أرقام رسمية عن تعليم اللاجئين وعملهم وتلقّيهم المساعدات الاجتماعية، إلى جانب ما يعتقده الجمهور.
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الحقائق
nav-sources = المصادر
nav-data = البيانات
nav-methodology = المنهجية
nav-search = البحث
nav-corrections = التصحيحات والتغييرات
nav-focus = عن مشروع FOCUS
nav-footer-label = المواضيع والبلدان والمزيد
feed-title = الحقائق الجديدة والمحدَّثة والمصحَّحة (موجز Atom)
feed-subtitle = كل حقيقة ينشرها factgap لأول مرة، وكل رقم يتغيّر، وكل تصحيح.
footer-licence = النصوص من إعداد factgap. يحتفظ كل رقم بترخيص مصدره المذكور معه؛ اذكر المصدر عند استخدام الرقم.
footer-refreshed = آخر تحديث للبيانات من الجهات المنتجة لها: { $date }.
footer-transcribed = لم يُحدَّث أي مصدر من الجهة المنتجة له بعد؛ آخر نقل للأرقام: { $date }.
footer-focus = يسير factgap وفق توصية من مشروع FOCUS (برنامج Horizon 2020 التابع للاتحاد الأوروبي، المنحة 822401): نشر الوضع الحقيقي للاجئين بانتظام وإشراك وسائل الإعلام.

## الأعداد والتواريخ والقيم. تُنسَّق الأعداد والتواريخ بواسطة ICU4X وفق اللغة
## (الأرقام، والفاصلة العشرية، وفاصل الآلاف)؛ والرسائل تضعها في مواضعها فقط.
## تتلقى كل رسالة أيضًا $numbering: "latn" أو "arab"، أي الأرقام المستخدمة.
value-percent = { $numbering ->
    [arab] { $value }٪
   *[other] { $value }%
}
value-persons = { $count ->
    [zero] { $value } شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $value } أشخاص
    [many] { $value } شخصًا
   *[other] { $value } شخص
}
age-all = جميع الأعمار التي يشملها المصدر
age-range = في الفئة العمرية { $range }
age-15-pension_age = من سن 15 حتى سن التقاعد
age-working_age = في سن العمل
sex-F = النساء
sex-M = الرجال
## قد تحمل الفئات السكانية (أدناه) صيغة اختيارية `.of` تُستخدم بعد «من»/«نسبة»
## ($who_of) حيث تتغيّر الكلمة إعرابيًا؛ وإن لم توجد تُستخدم القيمة الأصلية.
who-with-age = { $population } { $age }
who-with-sex = { $population } من { $sex }
who-with-sex-and-age = { $population } من { $sex } { $age }

## الصفحة الرئيسية
home-title = اللاجئون في الأرقام الرسمية
home-intro = يفيد مشروع FOCUS بأن المقيمين منذ مدة طويلة في المدن التي درسها في ألمانيا والسويد وكرواتيا والأردن يميلون إلى التقليل من تقدير تعليم اللاجئين وعملهم وإلى المبالغة في تقدير عدد من يتلقّون المساعدات الاجتماعية؛ ولم ينشر أرقام الاستطلاع التي يستند إليها ذلك. نعرض هنا الأرقام الرسمية، ومصدر كل منها، ومدى اليقين فيه.
home-lead = أرقام رسمية عن تعليم اللاجئين وعملهم وتلقّيهم المساعدات في ألمانيا والسويد وكرواتيا والأردن وأماكن أخرى، إلى جانب ما يعتقده الجمهور: لكلٍّ منها مصدره ودرجة اليقين فيه.
home-chooser = اختر بلدًا:
home-all-countries = كل البلدان
home-mission-heading = اللاجئون في بلدان FOCUS
home-shares-heading = كم يظن الناس أن نسبة المهاجرين تبلغ
home-changed-first = عدد الحقائق المنشورة أول مرة في { $date }: { $count }.
home-stale-line = لم تُحدَّث من الجهات المنتجة لها، فقد يوجد رقم أحدث: { $sources }.
facts-index-title = كل الحقائق
home-refreshed = آخر تحديث للبيانات من الجهات المنتجة لها: { $date }.
home-transcribed = لم يُحدَّث أي مصدر من الجهة المنتجة له بعد؛ آخر نقل للأرقام: { $date }.
home-headlines = الحقائق أولًا
home-changed = ما الذي تغيّر في آخر تحديث
home-changed-intro = { $count ->
    [zero] لم يُنشر أي تغيير
    [one] تغيير واحد نُشر
    [two] تغييران نُشرا
    [few] { $count } تغييرات نُشرت
    [many] { $count } تغييرًا نُشرت
   *[other] { $count } تغيير نُشرت
} في { $date }:
home-changed-none = لم يتغيّر أي رقم منشور حتى الآن.
home-changed-all = كل التغييرات والتصحيحات منذ البداية
home-by-topic = حسب الموضوع
home-by-place = حسب البلد
fact-count = { $count ->
    [zero] لا توجد حقائق
    [one] حقيقة واحدة
    [two] حقيقتان
    [few] { $count } حقائق
    [many] { $count } حقيقةً
   *[other] { $count } حقيقة
}
home-stale-intro = تعذّر تحديث هذه المصادر؛ وقد تكون أرقامها قديمة:
stale-badge = قد تكون البيانات قديمة
stale-explain = تعذّر تحديث أحد المصادر التي تستند إليها هذه الحقيقة، لذا قد يوجد رقم أحدث.

## المواضيع
topic-education = التعليم
topic-employment = العمل
topic-welfare = الاعتماد على المساعدات الاجتماعية
topic-population_share = نسبة المهاجرين من السكان
topics-label = المواضيع
places-label = البلدان
topic-intro-education = ما مستوى تعليم اللاجئين وغيرهم من المهاجرين، بحسب الأرقام الرسمية، وما يعتقده الجمهور.
topic-intro-employment = كم من اللاجئين وغيرهم من المهاجرين يعملون، بحسب الأرقام الرسمية، وما يعتقده الجمهور.
topic-intro-welfare = كم من اللاجئين يتلقّون المساعدات الاجتماعية، بحسب الأرقام الرسمية، وما يعتقده الجمهور.
topic-intro-population_share = ما حجم السكان المهاجرين بحسب الأرقام الرسمية، وما الحجم الذي يعتقده الجمهور.
topic-compare-heading = كل الأماكن جنبًا إلى جنب
topic-compare-note = تعدّ الصفوف أشخاصًا وسنوات مختلفة (لاجئين في بعض الأماكن، وجميع مواطني البلدان من خارج الاتحاد الأوروبي أو المولودين خارجه في أماكن أخرى): اقرأ كل صف مع فئته وفترته ودرجة اليقين فيه.
topic-dots-title = { $topic } في كل الأماكن
topic-dots-desc = مخطط نقاط لـ{ $count } مكانًا: الرقم (نقطة مصمتة)، وتقدير الجمهور حيث قاسه استطلاع (نقطة مفرغة)، على مقياس من 0 إلى 100٪.
topic-dots-unit = نسبة مئوية، أحدث رقم في كل مكان
topic-dots-caption = النقطة المصمتة: الرقم. النقطة المفرغة: تقدير الجمهور حيث قاسه استطلاع.
topic-table-caption = كل الأماكن: الرقم وفترته وفئته ودرجة اليقين فيه (رتّب حسب أي عمود)
col-place = المكان
col-verdict = الحكم
chart-source-line = المصدر: انظر صفحة كل حقيقة · { $site }

## صفحات الحقائق، بترتيب تفنيد الخرافة
myth-flag = خرافة
why-heading = لماذا يخطئ الناس في ذلك
fact-again-heading = الحقيقة
caveats-heading = اقرأ بعناية
numbers-heading = الأرقام
numbers-caption = الرقم الرسمي وتقدير الجمهور
numbers-caption-figures = الأرقام ومصادرها
col-figure = الرقم
col-years-since-arrival = السنوات منذ الوصول
col-flags = العلامات
fact-updated = الأرقام كما في { $date }
fact-changed = تغيّر الرقم في { $date }: { $kind }
fact-as-of-snapshot = أرقام جُلبت من الجهة المنتجة في { $date }
fact-as-of-seed = أرقام نُقلت من المنشور في { $date }
fact-as-of-copy = أرقام قُرئت من نسخة طرف ثالث بتاريخ { $date }
fact-next-update = التحديث المتوقع التالي: { $next }
chart-compare-title-benchmark = تقدير الجمهور إلى جانب القيمة التي يذكرها الاستطلاع
chart-compare-title = تقدير الجمهور إلى جانب الرقم الرسمي
chart-unit-percent = نسبة مئوية
chart-unit-persons = عدد الأشخاص
chart-subtitle = { $unit }: { $who }، { $period }
trend-subtitle = { $unit }: { $who }
chart-source = المصدر: { $source }، { $certainty } · { $site }
chart-download = نزّل هذا المخطط:
chart-compare-caption = العمود المخطّط: تقدير الجمهور مع الهامش الذي يعتمده الحكم. العمود المصمت: الرقم الذي قورن به.
chart-estimate = تقدير { $respondents }
chart-actual = الرقم الرسمي
chart-actual-benchmark = القيمة الفعلية كما يذكرها الاستطلاع
chart-desc = مخطط أعمدة: قدّر { $respondents } { $estimate }؛ و{ $actual_name } { $actual }.
chart-trend-title = الرقم الرسمي عبر الزمن
chart-trend-title-arrival = الرقم الرسمي بحسب السنوات منذ الوصول
chart-trend-title-population = الرقم الرسمي سنةً بعد سنة منذ الوصول: { $population }
trend-caption-population = تتابع السلسلة هذه الفئة، لا فئة العنوان: { $population }؛ ومصدر كل نقطة ودرجة اليقين فيها في الجدول.
trend-heading = عبر الزمن
trend-caption = النقاط المفرَّغة تحمل علامة من المصدر (انظر الجدول).
trend-table-caption = بيانات الرسم البياني
trend-desc = رسم بياني خطي (عدد الأرقام: { $points }): { $first } في { $first_period }، و{ $last } في { $last_period }.
trend-desc-arrival = رسم بياني خطي بحسب السنوات منذ الوصول (عدد الأرقام: { $points }): من { $first } ({ $first_period }) إلى { $last } ({ $last_period }).
years-after-arrival-short = { $years ->
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
   *[other] { $years } سنة
}
col-value = القيمة
col-period = الفترة
col-who = الفئة السكانية
col-source = المصدر
col-certainty = درجة اليقين
col-latest = أحدث البيانات
row-actual = الرقم الرسمي
row-actual-benchmark = القيمة الفعلية كما يذكرها الاستطلاع
row-compared = وقت إجراء الاستطلاع
context-heading = للمقارنة
row-estimate = تقدير { $respondents }
sample-size = n = { $n }
flags-explain = علامات Eurostat: b = انقطاع في السلسلة، u = موثوقية منخفضة، d = تعريف مختلف
certainty-V = V: ورد بنصّه في المصدر الأولي، أو قُرئ من خدمة البيانات التابعة للجهة المنتجة نفسها
certainty-S = S: ورد في مصدر ثانوي فقط (خبر أو ملخّص) ينقل عن الأصل
certainty-D = D: قُرئ من نسخة لدى طرف ثالث من ملفات Eurostat؛ وتحلّ محله بيانات Eurostat نفسها عند أول جلب ناجح تالٍ
certainty-words-V = رُئي في المصدر الأصلي أو قُرئ من خدمة البيانات الخاصة بالجهة المنتجة
certainty-words-S = نقله مصدر ثانوي يقتبس الأصل؛ لم يُتحقَّق منه في الأصل بعد
certainty-words-D = من نسخة لملفات يوروستات أعدّها طرف ثالث، لم يُتحقَّق منها لدى يوروستات بعد؛ يُستبدل برقم يوروستات نفسه عند جلبه
certainty-short-V = رُئي في المصدر الأصلي
certainty-short-S = من مصدر ثانوي، لم يُتحقَّق منه بعد
certainty-short-D = نسخة طرف ثالث من ملفات يوروستات، لم يُتحقَّق منها بعد

verdict-overestimated = تقدير أعلى من الواقع
verdict-underestimated = تقدير أقل من الواقع
verdict-about_right = تقدير قريب من الواقع
verdict-direction_reported = FOCUS: الاتجاه مذكور
verdict-no_measured_estimate = لا يوجد تقدير مقيس للجمهور
actual-name-official = الرقم الرسمي
actual-name-benchmark = القيمة الفعلية التي يذكرها الاستطلاع
margin-phrase-published = هامش الخطأ المنشور للاستطلاع (±{ $margin } بالنقاط المئوية)
margin-phrase-sample_size = هامش الخطأ الذي يسمح به حجم العينة (±{ $margin } بالنقاط المئوية)
margin-phrase-assumed = الهامش الذي يفترضه factgap وقدره ±{ $margin } بالنقاط المئوية (لا ينشر الاستطلاع هامشًا)
comparison-overestimated = كان تقدير { $respondents } { $estimate }، و{ $actual_name } { $actual }: التقدير أعلى بفارق { $gap } بالنقاط المئوية، وهو فارق يتجاوز { $margin_phrase }.
comparison-underestimated = كان تقدير { $respondents } { $estimate }، و{ $actual_name } { $actual }: التقدير أدنى بفارق { $gap } بالنقاط المئوية، وهو فارق يتجاوز { $margin_phrase }.
comparison-about_right = كان تقدير { $respondents } { $estimate }، و{ $actual_name } { $actual }. والفارق البالغ { $gap } بالنقاط المئوية يقع ضمن { $margin_phrase }.
finding-about_right = { $in_place_start }، قدّر الجمهور هذا الرقم تقديرًا قريبًا من الواقع.
comparison-direction-underestimated = الاتجاه فقط: يفيد FOCUS بأن المقيمين منذ مدة طويلة في المدن التي درسها في ألمانيا والسويد وكرواتيا والأردن يميلون إلى التقليل من تقدير { $subject }. ولم ينشر أي تقدير ولم يسأل عن هذا الرقم، فلم يقِس أحد ما يعتقده الناس بشأنه.
comparison-direction-overestimated = الاتجاه فقط: يفيد FOCUS بأن المقيمين منذ مدة طويلة في المدن التي درسها في ألمانيا والسويد وكرواتيا والأردن يميلون إلى المبالغة في تقدير { $subject }. ولم ينشر أي تقدير ولم يسأل عن هذا الرقم، فلم يقِس أحد ما يعتقده الناس بشأنه.
direction-subject-education = مستوى تعليم اللاجئين
direction-subject-employment = مدى عمل اللاجئين
direction-subject-welfare = عدد اللاجئين الذين يتلقّون المساعدات الاجتماعية
comparison-no_measured_estimate = لم يقِس أي استطلاع ما يعتقده الجمهور { $in_place } بشأن هذا؛ والرقم قائم بذاته.
rating-overestimated = مبالغ في تقديره: { $actual_name } { $actual }
rating-underestimated = مقلَّل من تقديره: { $actual_name } { $actual }

respondents-general_public = عامة الجمهور
respondents-receiving_community = السكان الأقدم إقامة (المجتمع المضيف)
respondents-arriving_community = اللاجئين (المجتمع الوافد)
respondents-both = كلا المجتمعين

caveat-population_differs = يتناول تقدير الجمهور الفئة التالية: { $estimate_population }؛ أما الرقم الرسمي فيتناول: { $actual_population }.
caveat-period_gap = يعود تقدير الجمهور إلى { $estimate_period }، والرقم الرسمي إلى { $actual_period }.
caveat-finding_period = أُجري العمل الميداني لمشروع FOCUS نحو 2020–2021، كما توحي تواريخ تقاريره (صدر تقرير الاستطلاع في تشرين الأول/أكتوبر 2021)؛ والرقم هنا يعود إلى { $actual_period }.
caveat-low_reliability = يصنّف المصدر رقم فترة { $period } على أنه منخفض الموثوقية.
caveat-break_in_series = تشهد السلسلة انقطاعًا في { $period }: لذا لا تصلح السنوات السابقة للمقارنة الدقيقة.
caveat-definition_differs = في { $period } يتبع الرقم تعريفًا يختلف عن التعريف المعياري.
caveat-naturalisation = تستبعد الأرقام المصنَّفة حسب الجنسية اللاجئين الذين حصلوا على الجنسية، وهم غالبًا الأكثر اندماجًا، ولذا فهي تُظهر العمالة أقل مما هي عليه وتلقّي المساعدات الاجتماعية أكثر مما هو عليه.
caveat-secondary_source = قُرئ أحد الأرقام هنا في مصدر ثانوي (خبر أو ملخّص) ينقل عن الأصل؛ ولم يُتحقَّق منه بعد في المنشور الأولي.
caveat-third_party_copy = قُرئ أحد الأرقام هنا من نسخة لدى طرف ثالث من ملفات Eurostat؛ وتحلّ محله بيانات Eurostat نفسها عند أول جلب ناجح تالٍ.
caveat-direction_only = لا تذكر منشورات FOCUS إلا اتجاه هذا التصوّر الخاطئ، للدراسة ككل، ولا أرقام استطلاع؛ فلا يُحسب فارق ولا يصدر حكم على هذا الرقم.
caveat-finding_across_countries = يذكر FOCUS هذه النتيجة لدراسته ككل (ألمانيا والسويد وكرواتيا والأردن)، لا لكل بلد على حدة.
caveat-margin_from_sample_size = يذكر الاستطلاع حجم عينته دون هامش خطأ؛ والهامش المستخدم هو أوسع هامش يمكن أن يكون لتقدير متوسط بهذه العينة (1.96 × 50 ÷ √n).
caveat-margin_assumed = لا يذكر الاستطلاع هنا هامش خطأ ولا حجم عينة؛ لذا يستخدم factgap هامشًا مفترضًا قدره { $margin } بالنقاط المئوية، فلا يُعدّ تصوّرًا خاطئًا إلا الفارق الأكبر منه.

## الاستشهاد
cite-heading = طريقة الاستشهاد
cite-short-label = مختصر:
cite-full-label = كامل:
permalink-label = الرابط الدائم:
cite-short = factgap ({ $year })، «{ $title }»، { $url }. البيانات: { $data } ({ $certainty }).
cite-full = factgap ({ $year }). «{ $title }» { $url } (تاريخ الاطلاع على البيانات: { $date }). البيانات: { $data } درجة اليقين: { $certainty }.
download-fact-label = بيانات هذه الحقيقة:
download-fact-csv = CSV
download-fact-json = JSON
download-fact-image = صورة (PNG)
download-all = جميع البيانات
download-csv = تنزيل جميع الحقائق (CSV)
download-json = تنزيل جميع الحقائق (JSON)
data-licence-note = جمعها factgap. يحتفظ كل رقم بترخيص مصدره (انظر ترخيص كل مصدر وإسناده)؛ اذكر المصدر عند استخدام الرقم.

## المصادر والمنشأ
provenance-heading = من أين تأتي الأرقام
sources-title = المصادر
sources-intro = كل مصدر يستخدمه factgap، مع الإحالة الكاملة إليه وترخيصه وإسناده، ومن أين أخذ هذا الإصدار من الموقع أرقامه.
sources-caption = المصادر وحالة بياناتها
source-producer = الجهة المنتجة
source-dataset = مجموعة البيانات
source-citation = الإحالة
source-url = صفحة الويب
source-download = خدمة البيانات
source-licence = الترخيص
source-attribution = الإسناد
source-origin = الأرقام مأخوذة من
source-freshness = الحالة
source-next-update = التحديث المتوقع التالي
next-update-announced = { $date } (أعلنته الجهة المنتجة)
next-update-expected = نحو { $date } (حين يحين الموعد المعتاد لدى الجهة المنتجة؛ لم يُعلَن أي موعد)
next-update-annual-undated = مرة في السنة؛ لم يُعلَن أي موعد
next-update-twice_yearly-undated = مرتين في السنة؛ لم يُعلَن أي موعد
next-update-none = لا يُتوقع أي تحديث: منشور لمرة واحدة
next-update-unknown = لم تعلنه الجهة المنتجة
source-notes = ملاحظات
source-publications = المنشورات
origin-snapshot = نسخة محفوظة جُلبت في { $retrieved } (SHA-256 { $hash }).
origin-provider-updated = حدّثت الجهة المنتجة البيانات آخر مرة في { $updated }.
origin-seed = أرقام نُقلت من المنشور إلى { $file } (قُرئ في { $accessed }).
origin-seed-copy = أرقام قُرئت من نسخة لملفات الجهة المنتجة أعدّها طرف ثالث ونُقلت إلى { $file } (تاريخ النسخة { $accessed })؛ لم يُتحقَّق منها لدى الجهة المنتجة بعد.
origin-missing = لا شيء قابل للاستخدام: أخفق هذا المصدر في التحقق فاستُبعد.
origin-snapshot-short = نسخة محفوظة
origin-seed-short = منقولة من المنشور
origin-missing-short = مستبعدة
freshness-fresh = حديثة
freshness-transcribed = كما نُشرت
freshness-stale = قد تكون قديمة: لم تُحدَّث من الجهة المنتجة
freshness-missing = مستبعدة من هذا الإصدار

## الأماكن (ISO 3166-1 alpha-2 والمجاميع). القيمة تقف وحدها (العناوين،
## القوائم، خلايا الجداول)؛ و`.in` هي المكان داخل الجملة («في ألمانيا»).
place-AT = النمسا
    .in = في النمسا
place-BE = بلجيكا
    .in = في بلجيكا
place-BG = بلغاريا
    .in = في بلغاريا
place-DE = ألمانيا
    .in = في ألمانيا
place-DK = الدنمارك
    .in = في الدنمارك
place-EE = إستونيا
    .in = في إستونيا
place-ES = إسبانيا
    .in = في إسبانيا
place-EU27_2020 = الاتحاد الأوروبي (27 دولة)
    .in = في الاتحاد الأوروبي (27 دولة)
place-EU28 = الاتحاد الأوروبي (28 دولة، 2017)
    .in = في الاتحاد الأوروبي (28 دولة، 2017)
place-FR = فرنسا
    .in = في فرنسا
place-GB = بريطانيا العظمى
    .in = في بريطانيا العظمى
place-HR = كرواتيا
    .in = في كرواتيا
place-HU = المجر
    .in = في المجر
place-IT = إيطاليا
    .in = في إيطاليا
place-JO = الأردن
    .in = في الأردن
place-LU = لوكسمبورغ
    .in = في لوكسمبورغ
place-NL = هولندا
    .in = في هولندا
place-PL = بولندا
    .in = في بولندا
place-RO = رومانيا
    .in = في رومانيا
place-SE = السويد
    .in = في السويد
place-SK = سلوفاكيا
    .in = في سلوفاكيا
place-US = الولايات المتحدة
    .in = في الولايات المتحدة
place-WORLD = العالم
    .in = في العالم
place-XX14 = البلدان الأربعة عشر التي شملها الاستطلاع (المتوسط)
    .in = في البلدان الأربعة عشر التي شملها الاستطلاع (المتوسط)

## الفئات السكانية، كما تسمّيها الجملة (`.of`: الصيغة المجرورة بعد «من»)
population-all_origins = الأشخاص من جميع بلدان الأصل
population-asylum_seekers_2013_2016_arrivals = اللاجئون البالغون الذين وصلوا بين عام 2013 ومطلع عام 2016
    .of = اللاجئين البالغين الذين وصلوا بين عام 2013 ومطلع عام 2016
population-asylum_seekers_2015_registered = طالبو اللجوء المسجَّلون في عام 2015
    .of = طالبي اللجوء المسجَّلين في عام 2015
population-foreign_born = الأشخاص المولودون في الخارج
    .of = الأشخاص المولودين في الخارج
population-from_syria = القادمون من سوريا
    .of = القادمين من سوريا
population-foreigners = حاملو الجنسيات الأجنبية
    .of = حاملي الجنسيات الأجنبية
population-german_nationals = حاملو الجنسية الألمانية
    .of = حاملي الجنسية الألمانية
population-legal_immigrants = المقيمون النظاميون المولودون في الخارج
    .of = المقيمين النظاميين المولودين في الخارج
population-nationals = المواطنون
    .of = المواطنين
population-native_born = الأشخاص المولودون في البلد
    .of = الأشخاص المولودين في البلد
population-non_eu_born = الأشخاص المولودون خارج الاتحاد الأوروبي
    .of = الأشخاص المولودين خارج الاتحاد الأوروبي
population-non_eu_citizens = مواطنو دول من خارج الاتحاد الأوروبي
    .of = مواطني دول من خارج الاتحاد الأوروبي
population-other_foreign_born = سائر المولودين في الخارج
population-refugees = اللاجئون
    .of = اللاجئين
population-refugees_2013_2016_arrivals = اللاجئون الذين وصلوا بين عامي 2013 و2016
    .of = اللاجئين الذين وصلوا بين عامي 2013 و2016
population-refugees_2013_2019_arrivals = اللاجئون الذين وصلوا بين عامي 2013 و2019
    .of = اللاجئين الذين وصلوا بين عامي 2013 و2019
population-refugees_2015_arrivals = اللاجئون الذين وصلوا في عام 2015
    .of = اللاجئين الذين وصلوا في عام 2015
population-refugees_and_families = اللاجئون وأفراد أسرهم
    .of = اللاجئين وأفراد أسرهم
population-swedish_born = الأشخاص المولودون في السويد
    .of = الأشخاص المولودين في السويد
population-swedish_born_syria_born_parent = الأشخاص المولودون في السويد ممن وُلد أحد والديهم في سوريا
    .of = الأشخاص المولودين في السويد ممن وُلد أحد والديهم في سوريا
population-syria_born = الأشخاص المولودون في سوريا
    .of = الأشخاص المولودين في سوريا
population-syrian_nationals = حاملو الجنسية السورية
    .of = حاملي الجنسية السورية
population-syrian_refugees_2013_2019_arrivals = اللاجئون السوريون الذين وصلوا بين عامي 2013 و2019
    .of = اللاجئين السوريين الذين وصلوا بين عامي 2013 و2019
population-syrian_refugees_2015_arrivals = اللاجئون السوريون الذين وصلوا في عام 2015
    .of = اللاجئين السوريين الذين وصلوا في عام 2015
population-syrian_refugees_post_2015 = اللاجئون من سوريا الذين مُنحوا الحماية بعد عام 2015
    .of = اللاجئين من سوريا الذين مُنحوا الحماية بعد عام 2015
population-total = مجموع السكان
population-ukrainian_nationals = حاملو الجنسية الأوكرانية
    .of = حاملي الجنسية الأوكرانية

## جمل الحقائق، نمط واحد لكل مؤشر
fact-employment_rate = { $in_place_start }، كان لدى { $value } من { $who_of } عمل في { $period }.
fact-employment_rate_dependent = { $in_place_start }، كان { $value } من { $who_of } يعملون موظفين لدى صاحب عمل في { $period }.
fact-tertiary_education_share = { $in_place_start }، كان لدى { $value } من { $who_of } تعليم عالٍ في { $period }.
fact-schooling_10y_plus_share = { $in_place_start }، كان لدى { $value } من { $who_of } عشر سنوات أو أكثر من التعليم المدرسي أو التدريب المهني أو الدراسة الجامعية ({ $period }).
fact-university_degree_share = { $in_place_start }، كان لدى { $value } من { $who_of } شهادة جامعية ({ $period }).
fact-welfare_receipt_share = { $in_place_start }، عاش { $value } من { $who_of } في أسر تتلقى دعم الدخل الأساسي في { $period }.
fact-welfare_recipients_under_15 = { $in_place_start }، كان نحو { $value } من { $who } الذين يتلقّون دعم الدخل الأساسي أطفالًا دون 15 عامًا ({ $period }).
fact-immigrant_population_share = { $in_place_start }، شكّل { $population } ما نسبته { $value } من السكان في { $period }.

## التغييرات والتصحيحات
change-new = حقيقة جديدة
change-updated = رقم محدَّث
change-corrected = رقم مصحَّح
change-verdict = تغيّر الحكم
change-withdrawn = حقيقة مسحوبة
change-estimate-value = تقدير الجمهور: { $value }
reason-new_period = بيانات جديدة لفترة لاحقة
reason-revision = راجعت الجهة المنتجة الرقم
reason-correction = صحّحنا نقلنا للرقم
reason-replaced = صار رقم آخر يجيب عن المقولة
reason-none-new = أول نشر
reason-none-updated = تغيّر الرقم
reason-none-corrected = صحّحنا نقلنا للرقم
reason-none-verdict = انتقلت الأرقام إلى الجهة الأخرى من هامش الخطأ
reason-none-withdrawn = لم يعد هناك رقم مقبول
corrections-title = التصحيحات والتغييرات
corrections-intro = كل تغيير طرأ على رقم نشره factgap، مع التاريخ والقيمة القديمة والجديدة والسبب. تُضاف الإدخالات ولا يُعاد تحريرها أبدًا.
corrections-caption = جميع التغييرات، الأحدث أولًا
col-date = التاريخ
col-change = التغيير
col-fact = الحقيقة
col-old = القيمة القديمة
col-new = القيمة الجديدة
col-reason = السبب

## المنهجية
methodology-title = المنهجية
methodology-intro = كيف يقابل factgap بين ما يعتقده الجمهور والأرقام الرسمية، ومتى يَعُدّ اعتقادًا ما خاطئًا.
methodology-claims-heading = المقولات والأرقام
methodology-claims = تسمّي كل مقولة اعتقادًا عن اللاجئين أو المهاجرين والأرقام الرسمية التي يمكن أن تجيب عنه، مرتّبة حسب الأفضلية. وفي كل مكان، العنوان هو أحدث فترة لأفضل رقم متاح في البيانات. ويُقارَن تقدير الجمهور برقم الفئة نفسها الأقرب زمنيًا إلى استطلاعه، بشرط ألا يبتعد عنه أكثر مما تسمح به المقولة؛ وإن لم يكن هو رقم العنوان، يُعرض إلى جانبه مع عبارة «وقت إجراء الاستطلاع».
methodology-claims-caption = المقولات التي يتحقق منها factgap
col-topic = الموضوع
col-belief = الاعتقاد
col-period-gap = أقصى فارق بين الفترتين
years = { $count ->
    [zero] { $count } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $count } سنوات
    [many] { $count } سنةً
   *[other] { $count } سنة
}
methodology-populations-heading = الفئات السكانية
methodology-populations = نادرًا ما تعدّ الاستطلاعات والإحصاءات الأشخاص أنفسهم. وحين يتناول تقدير الجمهور فئة غير التي يتناولها الرقم الرسمي (جميع المهاجرين مقابل اللاجئين مثلًا)، تنبّه الحقيقة إلى ذلك. وهذه كل فئة كما تعرّفها مصادرها:
methodology-uncertainty-heading = متى يكون الاعتقاد خاطئًا؟
methodology-uncertainty = تقدير الجمهور هو متوسط إجابات استطلاع، وله هامش خطأ. ويأخذ factgap الهامش بهذا الترتيب:
methodology-margin-published = الهامش أو فترة الثقة التي ينشرها الاستطلاع؛
methodology-margin-sample = وإلا، فمن حجم العينة: أوسع هامش عند مستوى ثقة 95% يمكن أن يكون لمتوسط إجابات على مقياس 0–100، وهو 1.96 × 50 ÷ √n؛
methodology-margin-assumed = وإلا فهامش مفترض قدره { $margin } بالنقاط المئوية، يُذكر في صفحة الحقيقة.
methodology-combined = يُجمع هامشا التقدير والرقم الرسمي بأخذ الجذر التربيعي لمجموع مربعيهما. وتُبنى الأحكام على القيم غير المقرَّبة، فلا يغيّر التقريب في الصفحة أي حكم أبدًا.
methodology-verdict-gap = الفارق بين التقدير والرقم الرسمي أكبر من الهامش المجمَّع.
methodology-verdict-about = الفارق ضمن الهامش المجمَّع: لا يُدّعى وجود تصوّر خاطئ.
methodology-verdict-none = لم يقِس أي استطلاع تقدير الجمهور هنا؛ والرقم الرسمي قائم بذاته.
methodology-direction = لا تذكر منشورات FOCUS إلا اتجاهًا، للدراسة ككل: يميل المقيمون منذ مدة طويلة في المدن التي شملها الاستطلاع في ألمانيا والسويد وكرواتيا والأردن إلى التقليل من تقدير تعليم اللاجئين وعملهم وإلى المبالغة في تقدير تلقّيهم المساعدات. ولا تذكر أي رقم، ولم تسأل عن أيّ من الأرقام هنا. لذلك تقول الحقيقة في أيٍّ من هذه البلدان الأربعة «FOCUS: الاتجاه مذكور»، وتقتبس FOCUS، ولا تذكر فارقًا ولا حكمًا؛ وفي غيرها تقول إن أي استطلاع لم يقِس هذا الاعتقاد، ولا تسمّي خرافة.
methodology-verdict-direction = ذكر FOCUS اتجاه تصوّر خاطئ للدراسة ككل؛ ولم يقِس أحد الاعتقاد بشأن هذا الرقم.
methodology-certainty-heading = مدى اليقين في كل رقم
methodology-stale = المصدر الذي لم يُحدَّث منذ { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}، أو أخفق تحديثه، يُوسَم بعبارة «قد تكون البيانات قديمة» في كل حقيقة تستخدمه.
methodology-corrections = يُسجَّل كل تغيير على رقم منشور مع سببه:

## عن مشروع FOCUS
focus-title = عن مشروع FOCUS
focus-intro = أجرى مشروع FOCUS (Horizon 2020، المنحة 822401) استطلاعات شملت لاجئين من سوريا والسكان الأقدم إقامة في الأماكن التي يعيشون فيها في ألمانيا والسويد وكرواتيا والأردن. وقد أُنشئ factgap استجابةً لإحدى توصياته: نشر الوضع الحقيقي للاجئين بانتظام. وهذه نتائجه وتوصياته كما تذكرها منشوراته:
focus-findings = النتائج
focus-recommendations = التوصيات
focus-sample = من شارك
focus-more-heading = المنشورات
focus-more = الإحالات الكاملة إلى منشورات FOCUS موجودة في صفحة المصادر:

## البحث
search-title = البحث
search-placeholder = ابحث في الحقائق
search-noscript = يتطلب البحث JavaScript. وكل الحقائق مدرجة أيضًا حسب الموضوع وحسب البلد:

## البيانات
data-title = تنزيل البيانات
data-description = أرقام رسمية عن تعليم اللاجئين والمهاجرين وعملهم وتلقّيهم المساعدات الاجتماعية، وعن نسبة المهاجرين من السكان، في كل مكان تغطيه البيانات، إلى جانب تقديرات الجمهور، مع مصدر كل رقم وفترته وعلاماته ودرجة اليقين فيه.
data-zip = كل شيء في ملف zip واحد (CSV وJSON وحزمة البيانات وREADME)
data-facts-csv = صف واحد لكل حقيقة
data-facts-json = الحقائق مع كل رقم وتنبيه ونقطة في السلسلة الزمنية
data-observations = كل الأرقام التي استُخلصت منها الحقائق
data-package = حزمة بيانات بصيغة Frictionless Data Package تصف الملفات
data-readme = ما يحتويه كل ملف وكيفية الاستشهاد به
data-per-fact = تتيح كل صفحة حقيقة أيضًا بيانات تلك الحقيقة بصيغتي CSV وJSON.
data-as-of = البيانات حتى { $date }.

## الصفحة غير موجودة
notfound-title = الصفحة غير موجودة
notfound-text = لا توجد صفحة على هذا العنوان. تحتفظ الحقائق بعناوينها بشكل دائم؛ فإذا وصلت إلى هنا عبر رابط إلى إحداها، فربما سُحبت (انظر التصحيحات).

## صور وسائل التواصل الاجتماعي
social-source = المصدر: { $source }. رقم { $period }؛ { $certainty }.

## بطاقات الحقائق
card-guess-label = تخمينك، بالنسبة المئوية
card-reveal = أظهر لي
card-just-show = أظهر لي الإجابة مباشرة
card-number-context = { $in_place }، { $period }
card-estimate = تقدير { $respondents }: { $value }
card-your-guess = تخمينك:
card-feedback-below = تخمينك { $guess }٪: أدنى من الرقم ({ $actual }) بفارق { $gap } بالنقاط المئوية.
card-feedback-above = تخمينك { $guess }٪: أعلى من الرقم ({ $actual }) بفارق { $gap } بالنقاط المئوية.
card-feedback-exact = تخمينك { $actual }: هو الرقم تمامًا.
card-get-data = احصل على البيانات
card-frame-title = بطاقة حقيقة من factgap: { $topic }، { $place }
card-margin-published = ±{ $margin } بالنقاط المئوية، كما نُشر
card-margin-sample_size = ±{ $margin } بالنقاط المئوية، محسوبًا من حجم العينة
card-margin-assumed = ±{ $margin } بالنقاط المئوية، هامش مفترَض: لا يذكر الاستطلاع هامشًا
card-bars-title = تخمينك وتقدير الجمهور والرقم الرسمي
card-legend-guess = تخمينك
card-legend-estimate = تقدير { $respondents }
card-source = المصدر:
card-more = الحقيقة وتنبيهاتها وبياناتها
card-newer = تعرض هذه البطاقة أرقام { $month }؛ ويوجد رقم أحدث.
card-newer-link = اطّلع على الأحدث
guess-employment_rate = برأيك، كم كانت نسبة العاملين بين { $who_of } { $in_place } ({ $period })؟
guess-tertiary_education_share = برأيك، كم كانت نسبة الحاصلين على تعليم عالٍ بين { $who_of } { $in_place } ({ $period })؟
guess-schooling_10y_plus_share = برأيك، كم كانت نسبة من لديهم عشر سنوات أو أكثر من التعليم المدرسي أو التدريب المهني أو الدراسة الجامعية بين { $who_of } { $in_place } ({ $period })؟
guess-university_degree_share = برأيك، كم كانت نسبة حمَلة الشهادات الجامعية بين { $who_of } { $in_place } ({ $period })؟
guess-welfare_receipt_share = برأيك، كم كانت نسبة من يعيشون في أسر تتلقى دعم الدخل الأساسي بين { $who_of } { $in_place } ({ $period })؟
guess-immigrant_population_share = برأيك، ما النسبة التي شكّلها { $who } من السكان { $in_place } ({ $period })؟
embed-link = تضمين هذه الحقيقة
embed-title = تضمين هذه الحقيقة
embed-intro = الصق المقتطف في موقعك: بطاقة تتّسع لعمودها، بألوان فاتحة ما لم تختر الداكنة، ولا ترسل أي شيء عن قرّائك إلى أي مكان (بلا ملفات تعريف ارتباط ولا أدوات تتبّع ولا طلبات إلى أي موقع آخر).
embed-preview = معاينة
embed-choose = اختر البطاقة
embed-theme = الألوان
embed-theme-light = فاتحة (لمعظم الصفحات)
embed-theme-dark = داكنة
embed-theme-auto = وفق إعداد القارئ
embed-guess = اطلب من القارئ أن يخمّن أولًا
embed-snippet = المقتطف (يعرض دائمًا أحدث رقم)
embed-snippet-intro = تغيّر البطاقة حجمها تلقائيًا وفق محتواها (بالرسالة نفسها التي ترسلها تضمينات Datawrapper، فتعمل عمليات الربط القائمة مع أنظمة إدارة المحتوى). ومن دون JavaScript يرى قرّاؤك صورة البطاقة ورابطًا.
embed-copy = انسخ المقتطف
embed-copied = نُسخ.
embed-pinned = مثبَّتة على هذا الشهر
embed-pinned-intro = تحتفظ هذه البطاقة بأرقام { $month } بشكل دائم؛ وإذا صدر رقم أحدث، فإنها تشير إلى ذلك مع رابط.
embed-options = الخيارات في عنوان البطاقة
embed-option-theme = ألوان فاتحة (الافتراضي) أو داكنة، أو auto لاتّباع إعداد القارئ
embed-option-guess = القيمة 1 تطلب من القارئ أن يخمّن قبل عرض الرقم؛ والقيمة 0 (الافتراضية) تعرضه فورًا
embed-option-lang = لغة البطاقة، في العنوان الذي لا يتضمن لغة (cards/<fact>/?lang=en)
embed-images = صور للنشرات البريدية ووسائل التواصل الاجتماعي
embed-images-intro = البطاقة نفسها على هيئة صورة، عريضة (1200 × 630) ومربعة (1080 × 1080). استخدم نص الحقيقة نصًّا بديلًا لها:
embed-image-wide = عريضة
embed-image-square = مربعة
embed-alt = النص البديل: { $alt }

## اللغات والترجمات
language-name = العربية
language-switcher = اللغة
nav-translations = الترجمات
translations-title = الترجمات
translations-intro = ينشر factgap كل صفحة وبطاقة حقيقة وصورة وموجز ونشرة صحفية { $count ->
    [zero] بـ{ $count } لغة
    [one] بلغة واحدة
    [two] بلغتين
    [few] بـ{ $count } لغات
    [many] بـ{ $count } لغةً
   *[other] بـ{ $count } لغة
}. الإنجليزية هي الأصل، والبقية ترجمات، وتبيّن كلٌّ منها هنا هل راجعها متحدث أصلي بها بعدُ أم لا.
translations-caption = اللغات ومراجعة نصوصها
translations-col-language = اللغة
translations-col-texts = النصوص
translations-col-status = المراجعة
translations-part-site = الصفحات وبطاقات الحقائق والصور والموجزات
translations-part-briefing = النشرة الصحفية الشهرية
translations-part-content = الاعتقادات والتفسيرات والتنبيهات وملاحظات المصادر ونتائج FOCUS
translations-original = الأصل
translations-reviewed = راجعها متحدث أصلي: { $reviewer } ({ $date })
translations-not-reviewed = لم يراجعها متحدث أصلي بعد
translations-proper-names = تبقى أسماء المصادر ومجموعات البيانات والمنشورات والجهات المنتجة بلغتها الأصلية، وكذلك الاقتباسات منها.
translations-digits = تستخدم الأرقام في الصفحات العربية { $arabic_digits ->
    [arab] الأرقام الهندية المشرقية (٠١٢٣)
   *[other] الأرقام الغربية (0123)
}؛ ويختار الناشرون ذلك في factgap.toml.
quote-original = في الأصل:
period-quarter = الربع { $quarter } من { $year }
respondents-democrats = المشاركين المؤيدين للديمقراطيين
respondents-republicans = المشاركين المؤيدين للجمهوريين
respondents-natives = المشاركين المولودين في البلد
population-natives = المولودون في البلد
    .of = المولودين في البلد
population-non_western_immigrants = المهاجرون من بلدان غير غربية
    .of = المهاجرين من بلدان غير غربية
population-danish_origin = الأشخاص من أصل دنماركي
    .of = الأشخاص من أصل دنماركي
population-western_immigrants = المهاجرون من بلدان غربية
    .of = المهاجرين من بلدان غربية
population-western_descendants = المتحدرون من مهاجرين من بلدان غربية
    .of = المتحدرين من مهاجرين من بلدان غربية
population-non_western_descendants = المتحدرون من مهاجرين من بلدان غير غربية
    .of = المتحدرين من مهاجرين من بلدان غير غربية
population-refugees_2015_ams_registered = لاجئو عام 2015 المسجّلون لدى دائرة التوظيف النمساوية باحثين عن عمل
    .of = لاجئي عام 2015 المسجّلين لدى دائرة التوظيف النمساوية باحثين عن عمل
population-foreign_born_0_1_years = المولودون في الخارج في سنتهم الأولى في البلد
    .of = المولودين في الخارج في سنتهم الأولى في البلد
population-foreign_born_2_3_years = المولودون في الخارج بعد سنتين إلى ثلاث سنوات في البلد
    .of = المولودين في الخارج بعد سنتين إلى ثلاث سنوات في البلد
population-foreign_born_4_9_years = المولودون في الخارج بعد أربع إلى تسع سنوات في البلد
    .of = المولودين في الخارج بعد أربع إلى تسع سنوات في البلد
population-foreign_born_10_years_plus = المولودون في الخارج بعد عشر سنوات أو أكثر في البلد
    .of = المولودين في الخارج بعد عشر سنوات أو أكثر في البلد
population-syrian_protection_seekers = طالبو الحماية من حملة الجنسية السورية
    .of = طالبي الحماية من حملة الجنسية السورية
population-syrian_protection_recognised = طالبو الحماية من حملة الجنسية السورية ذوو الوضع المعترف به
    .of = طالبي الحماية من حملة الجنسية السورية ذوي الوضع المعترف به
population-syrian_protection_open = طالبو الحماية من حملة الجنسية السورية الذين لم يُبتّ في وضعهم بعد
    .of = طالبي الحماية من حملة الجنسية السورية الذين لم يُبتّ في وضعهم بعد
fact-unemployment_rate = { $in_place_start }، كان { $value } من { $who_of } في القوى العاملة عاطلين عن العمل في { $period }.
fact-college_degree_share = { $in_place_start }، كان لدى { $value } من { $who_of } شهادة جامعية في { $period }.
fact-low_education_share = { $in_place_start }، كان { $value } من { $who_of } من ذوي التعليم المنخفض، كما يعرّفه مؤلفو الاستطلاع، في { $period }.
fact-immigrant_share_of_low_educated = { $in_place_start }، شكّل { $population } نسبة { $value } من الأشخاص الذين لا يحملون شهادة الثانوية في { $period }.
fact-poverty_rate = { $in_place_start }، عاش { $value } من { $who_of } تحت خط الفقر في { $period }.
fact-immigrant_share_of_poor = { $in_place_start }، شكّل { $population } نسبة { $value } من الأشخاص الذين يعيشون تحت خط الفقر في { $period }.
fact-in_work_share = { $in_place_start }، وجد { $value } من { $who_of } عملًا بحلول { $period }.
fact-asylum_seeker_share_of_immigrants = { $in_place_start }، شكّل طالبو اللجوء { $value } من { $who_of } في { $period }.
fact-public_support_share = { $in_place_start }، عاش { $value } من { $who_of } أساسًا على الإعانات العامة في { $period }.
fact-economic_assistance_share = { $in_place_start }، تلقّى { $value } من { $who_of } مساعدة اقتصادية (مساعدة اجتماعية) في { $period }.
fact-protection_seekers = { $in_place_start }، كان عدد { $who } { $value } في نهاية { $period }.
verdict-answer_contradicted = كان النطاق الذي اختاروه خاطئًا
verdict-answer_consistent = كان النطاق الذي اختاروه صحيحًا
verdict-answer_not_judged = سؤال عن تقييم: لا حكم
comparison-answer_contradicted = طُرح السؤال عن نطاق لا عن رقم. { $actual_name_start } لـ{ $period } هو { $actual }، خارج النطاق الذي اختاره هؤلاء المشاركون.
comparison-answer_consistent = طُرح السؤال عن نطاق لا عن رقم. { $actual_name_start } لـ{ $period } هو { $actual }، داخل النطاق الذي اختاره هؤلاء المشاركون.
comparison-answer_not_judged = طُرح السؤال عن تقييم لا عن رقم: لا يمكن مقارنة تقييم برقم، لذا لا يصدر factgap حكمًا. الرقم المعروض، لـ{ $period }، من مصدر آخر.
caveat-not_refugees = ليس عن اللاجئين تحديدًا: يتعلق الرقم، مثل سؤال الاستطلاع، بـ{ $population }، واللاجئون جزء منهم فقط.
caveat-answer_as_worded = يذكر الاستطلاع عدد المشاركين الذين اختاروا نطاقًا أو تقييمًا، لا متوسط تقدير؛ ويُنقل الجواب كما نشره الاستطلاع.
benchmark-line = سأل الاستطلاع نفسه عن { $group }: كان تقدير { $respondents } { $estimate }، مقابل { $actual } في الواقع.
benchmark-same = يُخطأ في تقدير هذا الرقم لـ{ $group } في الاتجاه نفسه، لذا فإن جزءًا كبيرًا من الفجوة خطأ في تقدير الرقم نفسه، لا نظرة إلى المهاجرين تحديدًا.
benchmark-same-larger = بالنسبة إلى { $group } كان التقدير أبعد عن الواقع، لذا فالفجوة خطأ في تقدير الرقم نفسه، لا نظرة إلى المهاجرين تحديدًا.
benchmark-misjudged-too = يُخطأ في تقدير الرقم لـ{ $group } أيضًا.
benchmark-right = بالنسبة إلى { $group } كان التقدير قريبًا من الصواب، لذا فالفجوة لدى المهاجرين ليست خطأً عامًا في تقدير الرقم.
estimate-other = تقدير { $respondents }: { $value }.
benchmark-heading = السؤال نفسه عن المولودين في البلد
missing-topic = لم يُعثر هنا على رقم عن اللاجئين يمكن لـfactgap الاستشهاد به.
missing-heading = ما الذي ينقص
missing-intro = أجرى FOCUS استطلاعات في { $place }. لم يُعثر بعد هنا لهذه المواضيع على رقم رسمي أو رقم من استطلاع عن اللاجئين يمكن لـfactgap الاستشهاد به، لذا لا توجد حقيقة؛ ونتائج FOCUS على مستوى الدراسة كلها في صفحة FOCUS.

