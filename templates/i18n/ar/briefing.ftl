## النشرة الصحفية الشهرية (البريد الإلكتروني، والنص، وMarkdown، وصفحة الأرشيف، والموجز).

briefing-kicker = بيان صحفي · { $organisation } · { $date }
briefing-subject = { $month }: { $headline }
briefing-embargo = محظور النشر: لا يُنشر ولا يُبث قبل الساعة { $time } يوم { $date }
briefing-immediate = للنشر الفوري
briefing-lead-source = المصدر: { $citation } ({ $certainty }).
briefing-details-link = التفاصيل والبيانات في صفحة الحقيقة
briefing-preheader-first = النشرة الأولى: { $count } حقيقة عن اللاجئين، لكلٍّ منها مصدرها ودرجة اليقين فيها.
briefing-preheader-changes = ما الذي تغيّر: تغيّر { $moved }، وصُحّح { $corrected }، وجديد { $new }.
briefing-no-facts = تعذّر نشر أي حقيقة هذا الشهر.
briefing-stale-label = قد تكون البيانات قديمة:
briefing-stale = تعذّر تحديث { $source } من الجهة المنتجة له؛ وأرقامه حتى { $date }، وقد يوجد رقم أحدث.
briefing-stale-note = لم تُحدَّث من الجهات المنتجة لها هذا الشهر، فقد يوجد رقم أحدث: { $sources }.
briefing-focus-heading = عن FOCUS
briefing-caveats-heading = للقراءة بحذر: الفئات
briefing-note-ref = [انظر الملاحظة { $n }]
briefing-focus-note = يفيد مشروع FOCUS (برنامج Horizon 2020 الأوروبي) بأن المقيمين منذ مدة طويلة في المدن التي درسها في ألمانيا والسويد وكرواتيا والأردن يميلون إلى التقليل من تقدير تعليم اللاجئين وعملهم وإلى المبالغة في تقدير عدد من يتلقّون المساعدات. ولم ينشر أرقام استطلاع بشأن ذلك، ولم يسأل عن الأرقام الواردة هنا.
briefing-changes-heading = ما الذي تغيّر منذ النشرة السابقة
briefing-changes-first = هذه هي النشرة الأولى: ابتداءً من النشرة التالية، يسرد هذا القسم البيانات الجديدة والأرقام التي تغيّرت والتصحيحات.
briefing-changes-none = لم يتغيّر أي رقم منذ النشرة السابقة.
briefing-releases-heading = بيانات جديدة
briefing-moved-heading = أرقام تغيّرت
briefing-new-heading = حقائق جديدة
briefing-corrections-heading = تصحيحات
briefing-withdrawn-heading = لم تعد منشورة
briefing-release-period = { $source }: بيانات جديدة عن { $period }.
briefing-release-update = { $source }: بيانات محدَّثة (أحدث فترة: { $period }).
briefing-moved = { $sentence } وكان سابقًا { $old } ({ $old_period }): { $delta }، والسبب: { $reason }.
briefing-delta-points = { $count ->
    [zero] { $delta } نقطة مئوية
    [one] { $delta } نقطة مئوية
    [two] { $delta } نقطتان مئويتان
    [few] { $delta } نقاط مئوية
    [many] { $delta } نقطةً مئويةً
   *[other] { $delta } نقطة مئوية
}
briefing-delta-persons = { $count ->
    [zero] { $delta } شخص
    [one] { $delta } شخص
    [two] { $delta } شخصان
    [few] { $delta } أشخاص
    [many] { $delta } شخصًا
   *[other] { $delta } شخص
}
briefing-reason-new_period = فترة أحدث
briefing-reason-revision = مراجعة من الجهة المنتجة
briefing-reason-correction = تصحيح من جانبنا
briefing-reason-replaced = صار رقمًا مختلفًا (فئة سكانية أو مصدر آخر)
briefing-verdict-changed = { $sentence } كان الحكم «{ $old }»، وأصبح الآن «{ $new }».
briefing-verdicts-heading = أحكام تغيّرت
briefing-new-fact = { $sentence }
briefing-withdrawn = { $fact }
briefing-key-heading = حقائق رئيسية
briefing-countries-heading = حسب البلد
briefing-fact-link = صفحة الحقيقة
briefing-ends = انتهى
briefing-contacts-heading = جهات الاتصال
briefing-notes-heading = ملاحظات للمحررين
briefing-method-note = يذكر كل رقم مصدره ودرجة اليقين فيه؛ ولا يُعدّ تقدير الجمهور تصوّرًا خاطئًا إلا إذا كان فارقه عن الرقم أكبر من الهامش المجمَّع (هامش الاستطلاع نفسه، أو هامش مستمد من حجم عينته، أو الهامش الذي يفترضه factgap حين لا يذكر الاستطلاع أيًّا منهما). المنهجية الكاملة والتنبيهات والبيانات في صفحة كل حقيقة.
briefing-sources-heading = المصادر
briefing-web-version = اقرأ هذه النشرة على الويب
briefing-unsubscribe = إلغاء الاشتراك
briefings-title = النشرات الصحفية
briefings-intro = النشرات الصحفية الشهرية، الأحدث أولًا، وتبدأ كلٌّ منها بما تغيّر منذ سابقتها.
briefings-none = لم تُنشر أي نشرة بعد.
briefings-feed = تابع النشرات (موجز Atom)
