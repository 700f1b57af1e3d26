"""The demo's accessibility statement, in English and Spanish: (English, Spanish) pairs."""

PAGE = {
    "title": ("Accessibility statement", "Declaración de accesibilidad"),
    "intro_plain": (
        "We want everyone to be able to use this website, book an appointment and read about "
        "their care. This is how we check that, and how to ask for help.",
        "Queremos que todas las personas puedan usar este sitio web, pedir una cita y leer "
        "sobre su atención. Así es como lo comprobamos y cómo pedir ayuda.",
    ),
    "search_description": (
        "How Harbourview Chiropractic's website meets WCAG 2.2 AA, its known limits, and how "
        "to ask for help or another format.",
        "Cómo el sitio web de Harbourview Chiropractic cumple las pautas WCAG 2.2 AA, sus "
        "límites conocidos y cómo pedir ayuda u otro formato.",
    ),
}

SECTIONS = [
    (
        ("The standard we aim for", "El estándar que buscamos"),
        [
            (
                "This website aims to meet the Web Content Accessibility Guidelines (WCAG) "
                "2.2 at level AA. Every page, in English and Spanish, is tested automatically "
                "before each release: for accessible names, colour contrast and structure, and "
                "at phone and desktop widths for the size of links and buttons, a visible "
                "keyboard focus that is never hidden, and text that stays readable when you "
                "widen its spacing.",
                "Este sitio web busca cumplir las Pautas de Accesibilidad para el Contenido "
                "Web (WCAG) 2.2 en el nivel AA. Cada página, en inglés y en español, se prueba "
                "automáticamente antes de cada publicación: nombres accesibles, contraste de "
                "color y estructura, y, en anchos de teléfono y de computadora, el tamaño de "
                "enlaces y botones, un foco de teclado visible que nunca queda oculto y un "
                "texto que sigue siendo legible cuando usted amplía su espaciado.",
            ),
            (
                "You can use the whole site with a keyboard alone, zoom it to 400% without "
                "losing content, and use it with a screen reader.",
                "Puede usar todo el sitio solo con el teclado, ampliarlo al 400 % sin perder "
                "contenido y usarlo con un lector de pantalla.",
            ),
        ],
    ),
    (
        ("Known limits", "Límites conocidos"),
        [
            (
                "The booking and contact forms use Google reCAPTCHA to stop spam. It is "
                "usually invisible, but if it asks you to solve a puzzle you cannot complete, "
                "please call us instead.",
                "Los formularios de citas y de contacto usan Google reCAPTCHA para frenar el "
                "correo no deseado. Suele ser invisible, pero si le pide resolver un "
                "ejercicio que no puede completar, llámenos.",
            ),
            (
                "Some older documents, such as forms in PDF, may not be fully accessible. "
                "We will send you any of them in another format.",
                "Algunos documentos antiguos, como formularios en PDF, pueden no ser "
                "totalmente accesibles. Le enviaremos cualquiera de ellos en otro formato.",
            ),
        ],
    ),
    (
        ("Ask for help or another format", "Pida ayuda u otro formato"),
        [
            (
                "If anything on this site is hard to use, or you would like information in "
                "large print, easy read, audio or another language, call the clinic or write "
                "to us through the contact page. Tell us what you need and how to reach you.",
                "Si algo de este sitio le resulta difícil de usar, o desea la información en "
                "letra grande, en lectura fácil, en audio o en otro idioma, llame a la clínica "
                "o escríbanos desde la página de contacto. Díganos qué necesita y cómo "
                "comunicarnos con usted.",
            ),
            (
                "We reply within two working days, and sooner if your request is about an "
                "appointment. Our front desk can also book your appointment by phone.",
                "Respondemos en un plazo de dos días hábiles, y antes si su solicitud tiene "
                "que ver con una cita. Nuestra recepción también puede darle una cita por "
                "teléfono.",
            ),
        ],
    ),
]


def spanish_strings():
    pairs = list(PAGE.values())
    for heading, paragraphs in SECTIONS:
        pairs += [heading, *paragraphs]
    return dict(pairs)
