"""
The demo's condition pages, in English and Spanish: (English, Spanish) for every string.

Written as a clinician would: what the condition is, how the clinic assesses it, which
techniques may help, the warning signs that need a doctor rather than a chiropractor, and that
results vary. Nothing promises a cure. ``demo.spanish`` reads the Spanish from here.
"""

INDEX = {
    "title": ("Conditions we treat", "Afecciones que tratamos"),
    "intro": (
        "The complaints people most often bring to us, what we check for and the gentle "
        "techniques that may help.",
        "Las molestias que con más frecuencia nos consultan, lo que evaluamos y las técnicas "
        "suaves que pueden ayudar.",
    ),
    "search_description": (
        "Low back pain, sciatica and tension headaches at Harbourview Chiropractic in Fort "
        "Lauderdale: how we assess them and when to see a doctor.",
        "Dolor lumbar, ciática y cefalea tensional en Harbourview Chiropractic, en Fort "
        "Lauderdale: cómo las evaluamos y cuándo consultar a un médico.",
    ),
}

RESULTS_VARY = (
    "Everyone responds differently, and no one can promise a result. We agree goals with you "
    "at the start, check your progress at each visit and tell you honestly if we think "
    "another professional could help you more.",
    "Cada persona responde de manera distinta, y nadie puede prometerle un resultado. Al "
    "comenzar acordamos objetivos con usted, revisamos su evolución en cada consulta y le "
    "diremos con honestidad si creemos que otro profesional puede ayudarle más.",
)
EMERGENCY = (
    "Call 911 or go to the nearest emergency department if you have:",
    "Llame al 911 o acuda al servicio de urgencias más cercano si tiene:",
)
SEE_DOCTOR = (
    "See your doctor promptly, rather than a chiropractor, if you have:",
    "Consulte pronto a su médico, en lugar de a un quiropráctico, si tiene:",
)
HEADINGS = {
    "what": ("What it is", "Qué es"),
    "assess": ("How we assess it", "Cómo lo evaluamos"),
    "help": ("How we may help", "Cómo podemos ayudar"),
    "red_flags": ("When to see a doctor instead", "Cuándo consultar a un médico"),
    "results": ("What to expect", "Qué esperar"),
}

CONDITIONS = [
    {
        "slug": ("low-back-pain", "dolor-lumbar"),
        "title": ("Low back pain", "Dolor lumbar"),
        "summary": (
            "Pain, stiffness or aching between the lowest ribs and the buttocks. Most low back "
            "pain is not caused by serious disease, and gentle care may help you move with "
            "less discomfort.",
            "Dolor, rigidez o molestia entre las últimas costillas y los glúteos. La mayor "
            "parte del dolor lumbar no se debe a una enfermedad grave, y una atención suave "
            "puede ayudarle a moverse con menos molestias.",
        ),
        "search_description": (
            "Low back pain at Harbourview Chiropractic: what causes it, how we assess it, "
            "gentle techniques that may help and warning signs to know.",
            "Dolor lumbar en Harbourview Chiropractic: sus causas, cómo lo evaluamos, las "
            "técnicas suaves que pueden ayudar y las señales de alarma.",
        ),
        "techniques": ["flexion-distraction", "sacro-occipital-technique", "activator-technique"],
        "what": [
            (
                "Low back pain is one of the most common reasons adults see a health "
                "professional. It usually comes from the joints, muscles and ligaments of the "
                "lower back rather than from serious disease, and it often settles within a "
                "few weeks.",
                "El dolor lumbar es uno de los motivos más frecuentes por los que los adultos "
                "consultan a un profesional de la salud. Por lo general se origina en las "
                "articulaciones, los músculos y los ligamentos de la zona lumbar, y no en una "
                "enfermedad grave, y suele mejorar en unas semanas.",
            ),
            (
                "Lifting, long hours of sitting, a change in activity or stress can all bring "
                "it on, and sometimes there is no clear cause.",
                "Puede aparecer al levantar peso, tras muchas horas sentado, con un cambio de "
                "actividad o por estrés, y a veces no hay una causa clara.",
            ),
        ],
        "assess": [
            (
                "We ask how and when the pain started, what eases it and what makes it worse, "
                "and about your general health. We then look at how you stand and move, and "
                "check the reflexes, sensation and strength in your legs.",
                "Le preguntamos cómo y cuándo empezó el dolor, qué lo alivia y qué lo empeora, "
                "y cómo está su salud en general. Luego observamos cómo se para y se mueve, y "
                "revisamos los reflejos, la sensibilidad y la fuerza de sus piernas.",
            ),
            (
                "Most people need no X-ray or scan. If your history or examination suggests "
                "one, or suggests a problem outside our scope, we refer you to your doctor.",
                "La mayoría de las personas no necesita radiografías ni otros estudios de "
                "imagen. Si su historial o la exploración indican que hace falta uno, o que el "
                "problema está fuera de nuestro alcance, lo remitimos a su médico.",
            ),
        ],
        "help": [
            (
                "Flexion-distraction and Sacro Occipital Technique move the lower back and "
                "pelvis slowly, without twisting. The Activator Method treats one joint at a "
                "time with a light impulse. We also suggest simple ways to stay active, which "
                "helps most people recover.",
                "La flexión-distracción y la Técnica Sacro Occipital movilizan la zona lumbar y "
                "la pelvis lentamente, sin torsiones. El Método Activator trata una "
                "articulación a la vez con un impulso leve. También le sugerimos formas "
                "sencillas de mantenerse activo, lo que ayuda a la mayoría de las personas a "
                "recuperarse.",
            ),
        ],
        "emergency": [
            (
                "loss of control of your bladder or bowels, or numbness around the genitals "
                "or back passage",
                "pérdida del control de la vejiga o del intestino, o adormecimiento alrededor "
                "de los genitales o del ano",
            ),
            (
                "weakness in one or both legs that is getting worse",
                "debilidad en una o ambas piernas que va en aumento",
            ),
        ],
        "doctor": [
            (
                "back pain after a fall or an accident",
                "dolor de espalda después de una caída o un accidente",
            ),
            (
                "a fever, or weight loss you cannot explain",
                "fiebre, o una pérdida de peso que no puede explicar",
            ),
            (
                "a history of cancer, or pain that is worse at night and not eased by rest",
                "antecedentes de cáncer, o un dolor que empeora por la noche y no se alivia "
                "con el reposo",
            ),
        ],
    },
    {
        "slug": ("sciatica", "ciatica"),
        "title": ("Sciatica", "Ciática"),
        "summary": (
            "Pain that runs from the lower back or buttock down the back of one leg, "
            "sometimes with tingling or numbness, when a nerve root in the low back is "
            "irritated.",
            "Dolor que va desde la zona lumbar o el glúteo por la parte posterior de una "
            "pierna, a veces con hormigueo o adormecimiento, cuando se irrita una raíz "
            "nerviosa de la zona lumbar.",
        ),
        "search_description": (
            "Sciatica at Harbourview Chiropractic in Fort Lauderdale: how we assess leg pain "
            "from the back, gentle care and when to see a doctor.",
            "Ciática en Harbourview Chiropractic, en Fort Lauderdale: cómo evaluamos el dolor "
            "de pierna que viene de la espalda y cuándo ver a un médico.",
        ),
        "techniques": ["flexion-distraction", "sacro-occipital-technique"],
        "what": [
            (
                "Sciatica is a description, not a diagnosis: pain along the path of the "
                "sciatic nerve, often below the knee, sometimes with pins and needles, "
                "numbness or weakness. A bulging disc is the most common cause; narrowing "
                "around the nerve is another, more often in later life.",
                "La ciática es una descripción y no un diagnóstico: dolor a lo largo del "
                "recorrido del nervio ciático, con frecuencia por debajo de la rodilla, a "
                "veces con hormigueo, adormecimiento o debilidad. Un disco abultado es la "
                "causa más común; otra es el estrechamiento alrededor del nervio, más "
                "frecuente con la edad.",
            ),
            (
                "Many people with sciatica improve within weeks to a few months.",
                "Muchas personas con ciática mejoran en unas semanas o en pocos meses.",
            ),
        ],
        "assess": [
            (
                "We ask where the pain travels and what changes it, then test the strength, "
                "reflexes and sensation of both legs and gently check how the nerve tolerates "
                "movement. These tell us which nerve root is involved and whether it is "
                "working properly.",
                "Le preguntamos hasta dónde llega el dolor y qué lo modifica; después "
                "evaluamos la fuerza, los reflejos y la sensibilidad de ambas piernas, y "
                "comprobamos con suavidad cómo tolera el nervio el movimiento. Así sabemos qué "
                "raíz nerviosa está afectada y si funciona bien.",
            ),
            (
                "If the nerve is not working properly, or the pain is not easing as expected, "
                "we write to your doctor, who may arrange a scan or a specialist opinion.",
                "Si el nervio no funciona bien, o el dolor no mejora como se espera, le "
                "escribimos a su médico, quien puede solicitar un estudio de imagen o la "
                "opinión de un especialista.",
            ),
        ],
        "help": [
            (
                "Flexion-distraction is often chosen for leg pain that comes from the back: "
                "its slow, rhythmic stretch is easy to stop at any moment. Sacro Occipital "
                "Technique uses padded blocks and gravity instead of a thrust. We avoid "
                "anything that sends the pain further down your leg.",
                "La flexión-distracción se elige a menudo para el dolor de pierna que viene de "
                "la espalda: su estiramiento lento y rítmico se puede detener en cualquier "
                "momento. La Técnica Sacro Occipital usa bloques acolchados y la gravedad en "
                "lugar de un empuje. Evitamos todo lo que haga bajar el dolor por la pierna.",
            ),
        ],
        "emergency": [
            (
                "loss of control of your bladder or bowels, or numbness around the genitals "
                "or back passage",
                "pérdida del control de la vejiga o del intestino, o adormecimiento alrededor "
                "de los genitales o del ano",
            ),
            ("sciatica in both legs at once", "ciática en ambas piernas a la vez"),
        ],
        "doctor": [
            (
                "a weak foot or ankle, such as a foot that slaps or catches when you walk",
                "debilidad en un pie o un tobillo, por ejemplo un pie que golpea el suelo o se "
                "engancha al caminar",
            ),
            (
                "weakness in one or both legs that is getting worse",
                "debilidad en una o ambas piernas que va en aumento",
            ),
            (
                "a fever, or weight loss you cannot explain",
                "fiebre, o una pérdida de peso que no puede explicar",
            ),
        ],
    },
    {
        "slug": ("tension-headaches", "cefalea-tensional"),
        "title": ("Tension headaches", "Cefalea tensional"),
        "summary": (
            "A dull, pressing ache on both sides of the head, like a tight band, often with "
            "tight neck and shoulder muscles. The most common kind of headache.",
            "Un dolor sordo y opresivo a ambos lados de la cabeza, como una banda apretada, a "
            "menudo con tensión en los músculos del cuello y los hombros. Es el tipo de dolor "
            "de cabeza más común.",
        ),
        "search_description": (
            "Tension headaches at Harbourview Chiropractic: how we assess neck-related "
            "headaches, gentle care and the warning signs that need a doctor.",
            "Cefalea tensional en Harbourview Chiropractic: cómo evaluamos los dolores de "
            "cabeza ligados al cuello y las señales que requieren un médico.",
        ),
        "techniques": ["activator-technique", "sacro-occipital-technique"],
        "what": [
            (
                "Tension-type headaches feel like pressure or tightness rather than throbbing, "
                "are mild to moderate, and do not usually get worse with everyday activity. "
                "Stress, poor sleep, long hours at a screen and tight neck muscles can all "
                "play a part.",
                "La cefalea de tipo tensional se siente como presión u opresión más que como "
                "latidos, es de leve a moderada y no suele empeorar con la actividad diaria. "
                "El estrés, dormir mal, muchas horas frente a una pantalla y la tensión en los "
                "músculos del cuello pueden influir.",
            ),
        ],
        "assess": [
            (
                "We ask about the pattern of your headaches, your sleep, work and any "
                "medicines you take for them, and we examine the movement of your neck and "
                "upper back. We also run a short check of your nerves, including your eyes, "
                "balance and the strength of your arms.",
                "Le preguntamos por el patrón de sus dolores de cabeza, su sueño, su trabajo y "
                "los medicamentos que toma para ellos, y examinamos el movimiento del cuello y "
                "de la parte alta de la espalda. También hacemos una breve revisión de sus "
                "nervios, que incluye los ojos, el equilibrio y la fuerza de los brazos.",
            ),
            (
                "A headache diary for two weeks before your visit helps us see what sets "
                "yours off.",
                "Llevar un diario de sus dolores de cabeza durante las dos semanas previas a la "
                "consulta nos ayuda a ver qué los desencadena.",
            ),
        ],
        "help": [
            (
                "The Activator Method treats stiff joints in the neck and upper back with a "
                "light impulse and no twisting of the neck. Sacro Occipital Technique may "
                "include gentle work at the base of the skull. We add advice on posture, "
                "breaks from the screen and simple stretches.",
                "El Método Activator trata las articulaciones rígidas del cuello y de la parte "
                "alta de la espalda con un impulso leve y sin torcer el cuello. La Técnica "
                "Sacro Occipital puede incluir un trabajo suave en la base del cráneo. Además, "
                "le damos consejos sobre postura, pausas frente a la pantalla y estiramientos "
                "sencillos.",
            ),
        ],
        "emergency": [
            (
                "a sudden, severe headache, the worst you have ever had",
                "un dolor de cabeza repentino e intenso, el peor que haya tenido",
            ),
            (
                "a headache with a stiff neck and fever, confusion, or weakness, numbness, "
                "loss of vision or trouble speaking",
                "un dolor de cabeza con rigidez de cuello y fiebre, confusión, o debilidad, "
                "adormecimiento, pérdida de visión o dificultad para hablar",
            ),
        ],
        "doctor": [
            (
                "a headache after a blow to the head",
                "un dolor de cabeza después de un golpe en la cabeza",
            ),
            (
                "headaches that are new after the age of 50, or that keep getting worse or "
                "wake you from sleep",
                "dolores de cabeza que aparecen por primera vez después de los 50 años, que "
                "empeoran cada vez más o que lo despiertan",
            ),
        ],
    },
]


def spanish_strings():
    """Every (English, Spanish) pair above, for ``demo.spanish``."""
    pairs = [RESULTS_VARY, EMERGENCY, SEE_DOCTOR, *INDEX.values(), *HEADINGS.values()]
    for condition in CONDITIONS:
        pairs += [condition[key] for key in ("title", "summary", "search_description")]
        for key in ("what", "assess", "help", "emergency", "doctor"):
            pairs += condition[key]
    return dict(pairs)


def spanish_slugs():
    return {"conditions": "afecciones", **dict(c["slug"] for c in CONDITIONS)}
