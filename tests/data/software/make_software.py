"""Build the software-catalog corpus: two applications' catalogs as other tools write them,
with known defects put in.

    .venv/bin/python tests/data/software/make_software.py

`shop` is a web application's Django catalogs (`shop/locale/<locale>/LC_MESSAGES/django.po`:
no msgctxt, python-format and python-brace-format, HTML, plural entries, a `zh_Hans` folder
whose catalog has no Language header, a regional `es_AR`). `editor` is a desktop program's
catalogs (`editor/po/<locale>.po`: c-format, GNOME accelerators `_`, escapes and line breaks,
`ru_RU` and `zh_CN` locale codes, and a Traditional Chinese `zh_TW` that must be refused by
name). Every clean translation below is meant to be correct; each defect replaces one
translation (or one plural form) and is listed in manifest.tsv with the codes that may find
it, its kind, and the catalog where it is (for an inconsistency, either of the two catalogs). A defect whose entry is not in the clean table stops the script.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import polib
from babel.messages.plurals import get_plural

HERE = Path(__file__).resolve().parent
NB = "\u00a0"
LOCALES = {"ar": "ar", "es": "es", "fr": "fr", "ru": "ru", "zh": "zh"}

# -- shop: msgid (or (msgid, msgid_plural)), flags, translations by language -----------------
SHOP = [
    ("Your cart is empty.", "", {
        "ar": "سلة التسوق فارغة.", "es": "Tu carrito está vacío.", "fr": "Votre panier est vide.",
        "ru": "Ваша корзина пуста.", "zh": "您的购物车是空的。"}),
    ("Add to cart", "", {
        "ar": "أضف إلى السلة", "es": "Añadir al carrito", "fr": "Ajouter au panier",
        "ru": "Добавить в корзину", "zh": "加入购物车"}),
    (("%(count)d item in your cart", "%(count)d items in your cart"), "python-format", {
        "ar": ["%(count)d عنصر في سلتك", "%(count)d عنصر في سلتك", "%(count)d عنصران في سلتك",
               "%(count)d عناصر في سلتك", "%(count)d عنصرًا في سلتك", "%(count)d عنصر في سلتك"],
        "es": ["%(count)d artículo en tu carrito", "%(count)d artículos en tu carrito"],
        "fr": ["%(count)d article dans votre panier", "%(count)d articles dans votre panier"],
        "ru": ["%(count)d товар в вашей корзине", "%(count)d товара в вашей корзине", "%(count)d товаров в вашей корзине"],
        "zh": ["您的购物车中有 %(count)d 件商品"]}),
    ("Welcome back, %(name)s!", "python-format", {
        "ar": "مرحبًا بعودتك، %(name)s!", "es": "¡Bienvenido de nuevo, %(name)s!", "fr": f"Bon retour, %(name)s{NB}!",
        "ru": "С возвращением, %(name)s!", "zh": "欢迎回来，%(name)s！"}),
    ("Hello, {name}! You have {count} new messages.", "python-brace-format", {
        "ar": "مرحبًا {name}! لديك {count} من الرسائل الجديدة.", "es": "¡Hola, {name}! Tienes {count} mensajes nuevos.",
        "fr": f"Bonjour {{name}}{NB}! Vous avez {{count}} nouveaux messages.",
        "ru": "Здравствуйте, {name}! У вас новых сообщений: {count}.", "zh": "{name}，您好！您有 {count} 条新消息。"}),
    ('Click <a href="/help/">here</a> for help.', "", {
        "ar": 'انقر <a href="/help/">هنا</a> للحصول على المساعدة.', "es": 'Haz clic <a href="/help/">aquí</a> para obtener ayuda.',
        "fr": 'Cliquez <a href="/help/">ici</a> pour obtenir de l’aide.',
        "ru": 'Нажмите <a href="/help/">здесь</a>, чтобы получить помощь.', "zh": '点击<a href="/help/">此处</a>获取帮助。'}),
    ('Read our <a href="https://shop.example.org/privacy/">privacy policy</a>.', "", {
        "ar": 'اطلع على <a href="https://shop.example.org/privacy/">سياسة الخصوصية</a> الخاصة بنا.',
        "es": 'Lee nuestra <a href="https://shop.example.org/privacy/">política de privacidad</a>.',
        "fr": 'Lisez notre <a href="https://shop.example.org/privacy/">politique de confidentialité</a>.',
        "ru": 'Ознакомьтесь с нашей <a href="https://shop.example.org/privacy/">политикой конфиденциальности</a>.',
        "zh": '请阅读我们的<a href="https://shop.example.org/privacy/">隐私政策</a>。'}),
    ("Contact us at support@shop.example.org.", "", {
        "ar": "تواصل معنا عبر support@shop.example.org.", "es": "Escríbenos a support@shop.example.org.",
        "fr": "Écrivez-nous à support@shop.example.org.", "ru": "Пишите нам по адресу support@shop.example.org.",
        "zh": "请通过 support@shop.example.org 联系我们。"}),
    ("Visit https://shop.example.org/faq/ for answers to common questions.", "", {
        "ar": "تفضل بزيارة https://shop.example.org/faq/ للاطلاع على إجابات الأسئلة الشائعة.",
        "es": "Visita https://shop.example.org/faq/ para ver las respuestas a las preguntas frecuentes.",
        "fr": "Consultez https://shop.example.org/faq/ pour trouver les réponses aux questions fréquentes.",
        "ru": "Ответы на частые вопросы см. на странице https://shop.example.org/faq/.",
        "zh": "常见问题解答请访问 https://shop.example.org/faq/。"}),
    ("Order %(number)s was shipped on %(date)s.", "python-format", {
        "ar": "تم شحن الطلب %(number)s في %(date)s.", "es": "El pedido %(number)s se envió el %(date)s.",
        "fr": "La commande %(number)s a été expédiée le %(date)s.", "ru": "Заказ %(number)s отправлен %(date)s.",
        "zh": "订单 %(number)s 已于 %(date)s 发货。"}),
    (("%(count)d day left", "%(count)d days left"), "python-format", {
        "ar": ["بقي %(count)d يوم", "بقي %(count)d يوم", "بقي %(count)d يومان", "بقيت %(count)d أيام", "بقي %(count)d يومًا", "بقي %(count)d يوم"],
        "es": ["Queda %(count)d día", "Quedan %(count)d días"],
        "fr": ["%(count)d jour restant", "%(count)d jours restants"],
        "ru": ["Остался %(count)d день", "Осталось %(count)d дня", "Осталось %(count)d дней"],
        "zh": ["还剩 %(count)d 天"]}),
    ("Delete", "", {"ar": "حذف", "es": "Eliminar", "fr": "Supprimer", "ru": "Удалить", "zh": "删除"}),
    ("Password must contain at least 8 characters.", "", {
        "ar": "يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.", "es": "La contraseña debe tener al menos 8 caracteres.",
        "fr": "Le mot de passe doit contenir au moins 8 caractères.", "ru": "Пароль должен содержать не менее 8 символов.",
        "zh": "密码必须至少包含 8 个字符。"}),
    ("Payment failed. Please try again.", "", {
        "ar": "تعذّر إتمام الدفع. يرجى المحاولة مرة أخرى.", "es": "El pago no se ha realizado. Inténtalo de nuevo.",
        "fr": "Le paiement a échoué. Veuillez réessayer.", "ru": "Не удалось выполнить платеж. Повторите попытку.",
        "zh": "付款失败。请重试。"}),
    ("Enter a valid IP address.", "", {
        "ar": "أدخل عنوان IP صالحًا.", "es": "Introduce una dirección IP válida.", "fr": "Saisissez une adresse IP valide.",
        "ru": "Введите правильный IP-адрес.", "zh": "请输入有效的 IP 地址。"}),
    ("The JSON object could not be parsed.", "", {
        "ar": "تعذّر تحليل كائن JSON.", "es": "No se pudo analizar el objeto JSON.", "fr": "Impossible d’analyser l’objet JSON.",
        "ru": "Не удалось разобрать JSON-объект.", "zh": "无法解析 JSON 对象。"}),
    ("Search results for {query}", "python-brace-format", {
        "ar": "نتائج البحث عن {query}", "es": "Resultados de la búsqueda de {query}", "fr": "Résultats de recherche pour {query}",
        "ru": "Результаты поиска по запросу {query}", "zh": "{query} 的搜索结果"}),
    ("<strong>Warning:</strong> this action cannot be undone.", "", {
        "ar": "<strong>تحذير:</strong> لا يمكن التراجع عن هذا الإجراء.",
        "es": "<strong>Advertencia:</strong> esta acción no se puede deshacer.",
        "fr": f"<strong>Attention{NB}:</strong> cette action est irréversible.",
        "ru": "<strong>Внимание:</strong> это действие нельзя отменить.", "zh": "<strong>警告：</strong>此操作无法撤消。"}),
    (("{count} review", "{count} reviews"), "python-brace-format", {
        "ar": ["{count} مراجعة", "{count} مراجعة", "{count} مراجعتان", "{count} مراجعات", "{count} مراجعة", "{count} مراجعة"],
        "es": ["{count} reseña", "{count} reseñas"], "fr": ["{count} avis", "{count} avis"],
        "ru": ["{count} отзыв", "{count} отзыва", "{count} отзывов"], "zh": ["{count} 条评价"]}),
    ("Free delivery on orders over 50 euros.", "", {
        "ar": "توصيل مجاني للطلبات التي تزيد قيمتها على 50 يورو.", "es": "Envío gratuito en pedidos de más de 50 euros.",
        "fr": "Livraison gratuite dès 50 euros d’achat.", "ru": "Бесплатная доставка при заказе на сумму свыше 50 евро.",
        "zh": "订单满 50 欧元免运费。"}),
    ("%(model_name)s with this %(field_label)s already exists.", "python-format", {
        "ar": "يوجد بالفعل %(model_name)s بهذا %(field_label)s.", "es": "Ya existe %(model_name)s con este %(field_label)s.",
        "fr": "Un objet %(model_name)s avec ce champ %(field_label)s existe déjà.",
        "ru": "%(model_name)s с таким %(field_label)s уже существует.", "zh": "具有此 %(field_label)s 的 %(model_name)s 已存在。"}),
    ("Sign in", "", {"ar": "تسجيل الدخول", "es": "Iniciar sesión", "fr": "Se connecter", "ru": "Войти", "zh": "登录"}),
]

# Argentine Spanish: its own locale, never taken for `es` (voseo, `Agregar`).
SHOP_ES_AR = {
    "Your cart is empty.": "Tu carrito está vacío.",
    "Add to cart": "Agregar al carrito",
    "Hello, {name}! You have {count} new messages.": "¡Hola, {name}! Tenés {count} mensajes nuevos.",
    "Delete": "Eliminar",
    "Payment failed. Please try again.": "El pago no se realizó. Intentá de nuevo.",
    "Sign in": "Iniciar sesión",
}

# -- editor: a desktop program, GNOME accelerators, c-format -----------------------------------
EDITOR = [
    ("_File", "", {"ar": "_ملف", "es": "_Archivo", "fr": "_Fichier", "ru": "_Файл", "zh": "文件(_F)"}),
    ("_Open…", "", {"ar": "_فتح…", "es": "_Abrir…", "fr": "_Ouvrir…", "ru": "_Открыть…", "zh": "打开(_O)…"}),
    ("Save _As…", "", {"ar": "حفظ _باسم…", "es": "Guardar _como…", "fr": "Enregistrer _sous…", "ru": "Сохранить _как…",
                       "zh": "另存为(_A)…"}),
    ("_Quit", "", {"ar": "_خروج", "es": "_Salir", "fr": "_Quitter", "ru": "В_ыход", "zh": "退出(_Q)"}),
    ("Could not open file “%s”: %s", "c-format", {
        "ar": "تعذّر فتح الملف «%s»: %s", "es": "No se pudo abrir el archivo «%s»: %s",
        "fr": f"Impossible d’ouvrir le fichier «{NB}%s{NB}»{NB}: %s", "ru": "Не удалось открыть файл «%s»: %s",
        "zh": "无法打开文件“%s”：%s"}),
    ("Line %d, column %d", "c-format", {
        "ar": "السطر %d، العمود %d", "es": "Línea %d, columna %d", "fr": "Ligne %d, colonne %d",
        "ru": "Строка %d, столбец %d", "zh": "第 %d 行，第 %d 列"}),
    ("Usage: editor [OPTION…] FILE\n", "", {
        "ar": "الاستخدام: editor [خيار…] ملف\n", "es": "Uso: editor [OPCIÓN…] ARCHIVO\n",
        "fr": f"Utilisation{NB}: editor [OPTION…] FICHIER\n", "ru": "Использование: editor [ПАРАМЕТР…] ФАЙЛ\n",
        "zh": "用法：editor [选项…] 文件\n"}),
    ("  -h, --help\tShow this help\n", "", {
        "ar": "  -h, --help\tعرض هذه المساعدة\n", "es": "  -h, --help\tMuestra esta ayuda\n",
        "fr": "  -h, --help\tAffiche cette aide\n", "ru": "  -h, --help\tПоказать эту справку\n",
        "zh": "  -h, --help\t显示此帮助\n"}),
    (("%d file was saved.", "%d files were saved."), "c-format", {
        "ar": ["تم حفظ %d ملف.", "تم حفظ %d ملف.", "تم حفظ %d ملفين.", "تم حفظ %d ملفات.", "تم حفظ %d ملفًا.", "تم حفظ %d ملف."],
        "es": ["Se guardó %d archivo.", "Se guardaron %d archivos."],
        "fr": ["%d fichier a été enregistré.", "%d fichiers ont été enregistrés."],
        "ru": ["Сохранен %d файл.", "Сохранено %d файла.", "Сохранено %d файлов."],
        "zh": ["已保存 %d 个文件。"]}),
    ("Use \\n to insert a line break.", "", {
        "ar": "استخدم \\n لإدراج فاصل أسطر.", "es": "Usa \\n para insertar un salto de línea.",
        "fr": "Utilisez \\n pour insérer un saut de ligne.", "ru": "Используйте \\n, чтобы вставить разрыв строки.",
        "zh": "使用 \\n 插入换行符。"}),
    ("Autosave every %d minutes", "c-format", {
        "ar": "حفظ تلقائي كل %d دقيقة", "es": "Guardado automático cada %d minutos",
        "fr": "Enregistrement automatique toutes les %d minutes", "ru": "Автосохранение каждые %d мин",
        "zh": "每 %d 分钟自动保存"}),
    ("Spell checking is not available.\nInstall a dictionary first.", "", {
        "ar": "التدقيق الإملائي غير متاح.\nثبّت قاموسًا أولًا.",
        "es": "La revisión ortográfica no está disponible.\nInstala primero un diccionario.",
        "fr": "La vérification orthographique n’est pas disponible.\nInstallez d’abord un dictionnaire.",
        "ru": "Проверка орфографии недоступна.\nСначала установите словарь.", "zh": "拼写检查不可用。\n请先安装词典。"}),
    ("Report bugs to <bugs@editor.example.net>.", "", {
        "ar": "أبلغ عن الأخطاء على <bugs@editor.example.net>.", "es": "Informa de los errores a <bugs@editor.example.net>.",
        "fr": "Signalez les bogues à <bugs@editor.example.net>.", "ru": "Сообщайте об ошибках по адресу <bugs@editor.example.net>.",
        "zh": "请将错误报告发送至 <bugs@editor.example.net>。"}),
    ("Ready", "", {"ar": "جاهز", "es": "Listo", "fr": "Prêt", "ru": "Готово", "zh": "就绪"}),
    ("Delete", "", {"ar": "حذف", "es": "Eliminar", "fr": "Supprimer", "ru": "Удалить", "zh": "删除"}),
    ("Go to line %1$d of %2$d", "c-format", {
        "ar": "الانتقال إلى السطر %1$d من %2$d", "es": "Ir a la línea %1$d de %2$d", "fr": "Aller à la ligne %1$d sur %2$d",
        "ru": "Перейти к строке %1$d из %2$d", "zh": "转到第 %1$d 行（共 %2$d 行）"}),
]

# Traditional Chinese: not one of the six; refused by name, never compared with zh_CN.
EDITOR_ZH_TW = {"_File": "檔案(_F)", "Ready": "就緒", "Delete": "刪除"}

# -- the defects: (application, language, msgid, kind, codes that may find it, new translation)
# A plural entry's new translation is its whole list of forms.
DEFECTS = [
    ("shop", "ru", "%(count)d item in your cart", "plural form missing", "FMT001",
     ["%(count)d товар в вашей корзине", "%(count)d товара в вашей корзине"]),
    ("shop", "ar", "%(count)d day left", "plural form missing", "FMT001",
     ["بقي %(count)d يوم", "بقي %(count)d يوم", "بقي %(count)d يومان", "", "بقي %(count)d يومًا", "بقي %(count)d يوم"]),
    ("editor", "es", "%d file was saved.", "plural form missing", "FMT001", ["Se guardó %d archivo.", ""]),
    ("editor", "ru", "%d file was saved.", "plural form missing", "FMT001", ["Сохранен %d файл.", "", "Сохранено %d файлов."]),
    ("shop", "fr", "{count} review", "plural form missing", "FMT001", ["{count} avis"]),
    ("shop", "ru", "{count} review", "plural form missing", "FMT001", ["{count} отзыв", "{count} отзыва"]),
    ("shop", "ru", "Welcome back, %(name)s!", "printf placeholder", "FMT003", "С возвращением, %(nmae)s!"),
    ("shop", "es", "Order %(number)s was shipped on %(date)s.", "printf placeholder", "FMT003",
     "El pedido %(number)s se envió el %(dtae)s."),
    ("shop", "fr", "%(model_name)s with this %(field_label)s already exists.", "printf placeholder", "FMT003",
     "Un objet %(model_name)s avec ce champ existe déjà."),
    ("shop", "zh", "%(count)d item in your cart", "printf placeholder", "FMT003", ["您的购物车中有 %(count)s 件商品"]),
    ("shop", "ar", "Welcome back, %(name)s!", "printf placeholder", "FMT003", "مرحبًا بعودتك، %(name)!"),
    ("editor", "ru", "Line %d, column %d", "printf placeholder", "FMT003", "Строка %d, столбец %s"),
    ("editor", "ar", "Could not open file “%s”: %s", "printf placeholder", "FMT003", "تعذّر فتح الملف «%s»"),
    ("editor", "zh", "Go to line %1$d of %2$d", "printf placeholder", "FMT003", "转到第 %1$d 行（共 %3$d 行）"),
    ("editor", "fr", "Autosave every %d minutes", "printf placeholder", "FMT003", "Enregistrement automatique toutes les minutes"),
    ("editor", "zh", "Line %d, column %d", "printf placeholder", "FMT003", "第 %d 行"),
    ("shop", "ru", "Hello, {name}! You have {count} new messages.", "brace placeholder", "FMT004",
     "Здравствуйте, {nmae}! У вас новых сообщений: {count}."),
    ("shop", "es", "Search results for {query}", "brace placeholder", "FMT004", "Resultados de la búsqueda"),
    ("shop", "zh", "Hello, {name}! You have {count} new messages.", "brace placeholder", "FMT004", "{name}，您好！您有 {0} 条新消息。"),
    ("shop", "ar", "{count} review", "brace placeholder", "FMT004",
     ["{count} مراجعة", "{count} مراجعة", "{cuont} مراجعتان", "{count} مراجعات", "{count} مراجعة", "{count} مراجعة"]),
    ("shop", "fr", "Search results for {query}", "brace placeholder", "FMT004", "Résultats de recherche pour {requête}"),
    ("shop", "ru", 'Click <a href="/help/">here</a> for help.', "markup", "FMT005",
     'Нажмите <a href="/help/">здесь</b>, чтобы получить помощь.'),
    ("shop", "es", 'Read our <a href="https://shop.example.org/privacy/">privacy policy</a>.', "markup", "FMT005 REF002",
     'Lee nuestra <a href="https://shop.example.org/privacidad/">política de privacidad</a>.'),
    ("shop", "fr", "<strong>Warning:</strong> this action cannot be undone.", "markup", "FMT005",
     f"<strong>Attention{NB}:</strong cette action est irréversible."),
    ("shop", "zh", 'Click <a href="/help/">here</a> for help.', "markup", "FMT005", '点击<a href="/help/">此处获取帮助。'),
    ("shop", "ar", "<strong>Warning:</strong> this action cannot be undone.", "markup", "FMT005",
     "تحذير: لا يمكن التراجع عن هذا الإجراء."),
    ("editor", "ru", "Usage: editor [OPTION…] FILE\n", "escape or line break", "FMT006",
     "Использование: editor [ПАРАМЕТР…]\nФАЙЛ\n"),
    ("editor", "es", "Spell checking is not available.\nInstall a dictionary first.", "escape or line break", "FMT006",
     "La revisión ortográfica no está disponible.\\nInstala primero un diccionario."),
    ("editor", "fr", "Use \\n to insert a line break.", "escape or line break", "FMT006",
     "Utilisez \n pour insérer un saut de ligne."),
    ("editor", "zh", "  -h, --help\tShow this help\n", "escape or line break", "FMT006 TYPO003",
     "  -h, --help    显示此帮助\n"),
    ("editor", "ar", "Spell checking is not available.\nInstall a dictionary first.", "escape or line break", "FMT006",
     "التدقيق الإملائي غير متاح. ثبّت قاموسًا أولًا."),
    ("editor", "fr", "  -h, --help\tShow this help\n", "escape or line break", "FMT006", "  -h, --help Affiche cette aide\n"),
    ("editor", "ru", "Use \\n to insert a line break.", "escape or line break", "FMT006",
     "Используйте n, чтобы вставить разрыв строки."),
    ("shop", "ru", "Visit https://shop.example.org/faq/ for answers to common questions.", "URL", "REF002",
     "Ответы на частые вопросы см. на странице https://shop.example.ru/faq/."),
    ("shop", "fr", "Visit https://shop.example.org/faq/ for answers to common questions.", "URL", "REF002",
     "Consultez https://shop.example.org/fr/faq/ pour trouver les réponses aux questions fréquentes."),
    ("shop", "zh", "Visit https://shop.example.org/faq/ for answers to common questions.", "URL", "REF002",
     "常见问题解答请访问 https://shop.example.org/fag/。"),
    ("shop", "es", "Contact us at support@shop.example.org.", "e-mail", "REF005", "Escríbenos a soporte@shop.example.org."),
    ("editor", "ru", "Report bugs to <bugs@editor.example.net>.", "e-mail", "REF005",
     "Сообщайте об ошибках по адресу <bugs@editor.example.com>."),
    ("shop", "ar", "Contact us at support@shop.example.org.", "e-mail", "REF005", "تواصل معنا عبر support@shop-example.org."),
    ("editor", "fr", "_File", "accelerator", "FMT007", "Fichier"),
    ("editor", "ru", "Save _As…", "accelerator", "FMT007", "_Сохранить _как…"),
    ("editor", "es", "_Quit", "accelerator", "FMT007", "Salir"),
    ("editor", "ar", "_Open…", "accelerator", "FMT007", "فتح…"),
    ("shop", "fr", "Payment failed. Please try again.", "untranslated", "CONS001", ""),
    ("editor", "zh", "Ready", "untranslated", "CONS001", ""),
    ("shop", "ru", "Free delivery on orders over 50 euros.", "untranslated", "CONS001", ""),
    ("shop", "es", "Sign in", "identical to the source", "CONS003", "Sign in"),
    ("editor", "fr", "Ready", "identical to the source", "CONS003", "Ready"),
    ("shop", "ru", "Password must contain at least 8 characters.", "number", "NUM001", "Пароль должен содержать не менее 6 символов."),
    ("shop", "zh", "Free delivery on orders over 50 euros.", "number", "NUM001", "订单满 15 欧元免运费。"),
    ("shop", "es", "Password must contain at least 8 characters.", "number", "NUM001", "La contraseña debe tener al menos 10 caracteres."),
    ("shop", "ru", "Your cart is empty.", "mixed scripts", "TYPO001", "Ваша корзина пустa."),
    ("editor", "ru", "Ready", "mixed scripts", "TYPO001", "Гoтово"),
    ("shop", "es", "Your cart is empty.", "whitespace", "TYPO003", "Tu carrito  está vacío."),
    ("shop", "fr", "Add to cart", "whitespace", "TYPO003", "Ajouter au panier "),
    ("editor", "ar", "Ready", "whitespace", "TYPO003", " جاهز"),
    ("shop", "ru", "Payment failed. Please try again.", "end punctuation", "TYPO004", "Не удалось выполнить платеж. Повторите попытку"),
    ("shop", "zh", "Password must contain at least 8 characters.", "end punctuation", "TYPO004", "密码必须至少包含 8 个字符"),
    ("shop", "ar", "The JSON object could not be parsed.", "end punctuation", "TYPO004", "تعذّر تحليل كائن JSON"),
    ("editor", "zh", "_File", "brackets", "TYPO005", "文件(_F"),
    ("editor", "es", "Usage: editor [OPTION…] FILE\n", "brackets", "TYPO005", "Uso: editor [OPCIÓN… ARCHIVO\n"),
    ("shop", "fr", "Your cart is empty.", "repeated word", "TYPO006", "Votre panier est est vide."),
    ("shop", "es", "Visit https://shop.example.org/faq/ for answers to common questions.", "repeated word", "TYPO006",
     "Visita https://shop.example.org/faq/ para ver las las respuestas a las preguntas frecuentes."),
    ("shop", "ru", "The JSON object could not be parsed.", "repeated word", "TYPO006", "Не удалось разобрать разобрать JSON-объект."),
    ("editor", "ru", "Could not open file “%s”: %s", "quotation marks", "TYPO002", 'Не удалось открыть файл "%s": %s'),
    ("editor", "fr", "Could not open file “%s”: %s", "quotation marks", "TYPO002", f'Impossible d’ouvrir le fichier "%s"{NB}: %s'),
    ("editor", "ru", "Delete", "inconsistent translation", "CONS004", "Стереть"),
    ("editor", "ar", "Delete", "inconsistent translation", "CONS004", "مسح"),
]

# The catalog header's Plural-Forms: the language's, except one planted wrong.
WRONG_PLURAL_HEADER = ("editor", "zh", "nplurals=2; plural=(n != 1);")
DEFECTS.append(("editor", "zh", "%d file was saved.", "plural forms header", "FMT002", ["已保存 %d 个文件。", "已保存 %d 个文件。"]))

SHOP_FOLDERS = {"ar": "ar", "es": "es", "fr": "fr", "ru": "ru", "zh": "zh_Hans"}
EDITOR_FILES = {"ar": "ar", "es": "es", "fr": "fr", "ru": "ru_RU", "zh": "zh_CN"}


def shop_path(locale: str) -> Path:
    return Path("shop", "locale", locale, "LC_MESSAGES", "django.po")


def editor_path(locale: str) -> Path:
    return Path("editor", "po", f"{locale}.po")


def write_catalog(root: Path, path: Path, language: str | None, plural_header: str, entries: list[polib.POEntry]) -> None:
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {"Project-Id-Version": path.parts[0], "MIME-Version": "1.0",
                        "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit",
                        "Plural-Forms": plural_header}
    if language:  # the zh_Hans catalog has none: its folder says which language it is
        catalog.metadata = {"Language": language, **catalog.metadata}
    catalog.extend(entries)
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    catalog.save(str(root / path))


def entry(source, flags: str, translation) -> polib.POEntry:
    flag_list = [flags] if flags else []
    if isinstance(source, tuple):
        forms = translation if isinstance(translation, list) else [translation]
        return polib.POEntry(msgid=source[0], msgid_plural=source[1], flags=flag_list,
                             msgstr_plural={n: form for n, form in enumerate(forms)})
    return polib.POEntry(msgid=source, msgstr=translation, flags=flag_list)


def build(root: Path) -> None:
    """Write the catalogs and manifest.tsv under `root` (the test builds a copy and compares)."""
    for folder in ("shop", "editor"):
        shutil.rmtree(root / folder, ignore_errors=True)
    tables = {"shop": SHOP, "editor": EDITOR}
    translations = {(app, lang, _msgid(source)): [source, flags, text]
                    for app, table in tables.items() for source, flags, by_lang in table for lang, text in by_lang.items()}
    manifest = []
    for app, lang, msgid, kind, codes, new in DEFECTS:
        key = (app, lang, msgid)
        if key not in translations:
            raise SystemExit(f"defect on an entry that is not there: {key}")
        translations[key][2] = new
        path = shop_path(SHOP_FOLDERS[lang]) if app == "shop" else editor_path(EDITOR_FILES[lang])
        files = [path.as_posix()]
        if "CONS004" in codes:  # either of the two translations may carry the finding
            files.append(shop_path(SHOP_FOLDERS[lang]).as_posix())
        # The header's fault is found on the header (msgid ""), not on the entry planted with it.
        found_on = "" if kind == "plural forms header" else msgid
        manifest.append({"file": " ".join(files), "msgid": found_on, "codes": codes, "kind": kind})
    for app, folders, path_of in (("shop", SHOP_FOLDERS, shop_path), ("editor", EDITOR_FILES, editor_path)):
        for lang, locale in folders.items():
            header = WRONG_PLURAL_HEADER[2] if (app, lang) == WRONG_PLURAL_HEADER[:2] else str(get_plural(lang))
            entries = [entry(source, flags, text) for (a, l, _), (source, flags, text) in translations.items() if (a, l) == (app, lang)]
            write_catalog(root, path_of(locale), None if locale == "zh_Hans" else locale, header, entries)
    flags_of = {_msgid(source): flags for source, flags, _ in SHOP + EDITOR}
    write_catalog(root, shop_path("es_AR"), "es_AR", str(get_plural("es")),
                  [entry(msgid, flags_of[msgid], text) for msgid, text in SHOP_ES_AR.items()])
    write_catalog(root, editor_path("zh_TW"), "zh_TW", str(get_plural("zh")),
                  [entry(msgid, flags_of[msgid], text) for msgid, text in EDITOR_ZH_TW.items()])
    with (root / "manifest.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["file", "msgid", "codes", "kind"], delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows({**row, "msgid": escaped(row["msgid"])} for row in manifest)


def escaped(text: str) -> str:
    """A msgid on one line of the manifest: backslash, line break and tab written as in C."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescaped(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def _msgid(source) -> str:
    return source[0] if isinstance(source, tuple) else source


def main() -> None:
    build(HERE)
    print(f"{len(DEFECTS)} defects written to {HERE}")


if __name__ == "__main__":
    main()
