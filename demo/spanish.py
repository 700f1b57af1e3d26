"""
The Spanish demo site, as translations of the strings wagtail-localize extracts from it.

``SPANISH`` maps each English source string, exactly as wagtail-localize stores it
(``String.data``), to its Spanish translation. Those strings are HTML: rich text keeps only its
inline tags (``<em>``, ``<strong>``, ``<br/>``, ``<a id="a1">``) and the translation must keep each
of them, with the same ``id`` for links; ``&``, ``<`` and ``>`` in plain text would appear escaped.

Strings that stay the same in Spanish (proper names, street addresses, ZIP codes, state and
country codes, phone numbers) are mapped to themselves, so every segment has a translation and
the translation editor shows the page as complete; the one change is Dr. Okafor's title, "Dra.".
No string holds an e-mail address or URL: those live in ClinicSettings and link targets.

``SPANISH_SLUGS`` gives the Spanish page slugs, and the Spanish link names (``anchor``) of the
FAQ snippets, keyed by their English values. People's and places' names keep their slug.

The Spanish is neutral Latin-American and addresses the patient as "usted". Clinical claims are
no stronger than the English: "often", "may" and "many" are kept.
"""

from demo import accessibility_text, conditions_text

SPANISH = {
    # Home
    "Home": "Inicio",
    "Harbourview Chiropractic in Fort Lauderdale offers gentle, low-force care, including Sacro Occipital Technique (SOT). Book online or call us.": "Harbourview Chiropractic, en Fort Lauderdale: atención quiropráctica suave y de baja fuerza, incluida la Técnica Sacro Occipital (SOT). Pida cita en línea.",
    "Gentle chiropractic care in Fort Lauderdale": "Atención quiropráctica suave en Fort Lauderdale",
    "Low-force techniques for people who want careful, unhurried care, including those who are sensitive, sore or new to chiropractic.": "Técnicas de baja fuerza para quienes buscan una atención cuidadosa y sin prisas, incluidas las personas sensibles, con dolor o que nunca han ido al quiropráctico.",
    "Book an appointment": "Pida una cita",
    "At Harbourview we take time to understand how your whole body is moving before we treat. Many of our patients come to us because they prefer a gentle approach without twisting or cracking.": "En Harbourview nos tomamos el tiempo de entender cómo se mueve todo su cuerpo antes de tratarlo. Muchos de nuestros pacientes vienen porque prefieren un enfoque suave, sin torsiones ni chasquidos.",
    # Techniques
    "Techniques": "Técnicas",
    "The chiropractic techniques used at Harbourview Chiropractic, explained in plain language: what they involve and who they suit.": "Las técnicas quiroprácticas que usamos en Harbourview Chiropractic, explicadas en palabras sencillas: en qué consisten y para quién son adecuadas.",
    "The approaches we use, what they involve and who they tend to suit.": "Los enfoques que usamos, en qué consisten y a quiénes suelen beneficiar.",
    # Sacro Occipital Technique
    "Sacro Occipital Technique (SOT)": "Técnica Sacro Occipital (SOT)",
    "Sacro Occipital Technique (SOT) at Harbourview Chiropractic: gentle pelvic blocking that uses gravity instead of a thrust. Learn how it works.": "La Técnica Sacro Occipital (SOT) en Harbourview Chiropractic: un bloqueo pélvico suave que usa la gravedad en lugar de un empuje. Conozca cómo funciona.",
    "Sacro Occipital Technique (SOT) is a gentle chiropractic method that looks at the pelvis as the body's foundation and uses padded wedge-shaped blocks, rather than a thrust, to help it settle into better balance.": "La Técnica Sacro Occipital (SOT) es un método quiropráctico suave que considera la pelvis como la base del cuerpo y, en lugar de un empuje, usa bloques acolchados en forma de cuña para ayudarla a recuperar un mejor equilibrio.",
    "Two padded wedge-shaped blocks resting on a treatment table.": "Dos bloques acolchados en forma de cuña sobre una camilla de tratamiento.",
    "The pelvis: your body's foundation": "La pelvis: la base de su cuerpo",
    "The pelvis carries the weight of everything above it. When it tilts or twists, even slightly, the rest of the body adapts: the spine curves to keep your eyes level, muscles tighten on one side and joints further up take strain they were not built for. SOT starts by finding and easing that imbalance at its base.": "La pelvis sostiene el peso de todo lo que está por encima de ella. Cuando se inclina o se tuerce, aunque sea un poco, el resto del cuerpo se adapta: la columna se curva para mantener la mirada nivelada, los músculos de un lado se tensan y las articulaciones más arriba soportan una carga para la que no están hechas. La SOT empieza por encontrar ese desequilibrio en su origen y aliviarlo.",
    "Linking the sacrum and the skull": "La conexión entre el sacro y el cráneo",
    "The sacrum, at the back of the pelvis, and the occiput, at the base of the skull, are joined by the spinal cord and its tough protective covering, the dura. Like the string of a harp fixed at both ends, tension at one end is felt at the other. That is why an SOT practitioner may gently assess your head and neck as well as your pelvis.": "El sacro, en la parte posterior de la pelvis, y el occipital, en la base del cráneo, están unidos por la médula espinal y su resistente cubierta protectora, la duramadre. Como una cuerda de arpa sujeta por ambos extremos, la tensión en un extremo se siente en el otro. Por eso, un profesional de SOT puede evaluar con suavidad su cabeza y su cuello, además de su pelvis.",
    "Think of the spinal cord's covering as a harp string: when one end is pulled out of place, the whole string changes its tone.": "Piense en la cubierta de la médula espinal como una cuerda de arpa: cuando uno de sus extremos se desplaza, toda la cuerda cambia de tono.",
    "Pelvic blocking: gravity instead of a thrust": "Bloqueo pélvico: gravedad en lugar de un empuje",
    "After a short assessment places you in one of SOT's three <em>categories</em>, we position padded, wedge-shaped blocks under your pelvis while you lie comfortably. Your own body weight and gravity then do the correcting, slowly, over a few minutes. There is no twisting and no sudden movement.": "Después de una breve evaluación que lo ubica en una de las tres <em>categorías</em> de la SOT, colocamos bloques acolchados en forma de cuña debajo de su pelvis mientras usted está cómodamente acostado. Luego, el peso de su propio cuerpo y la gravedad hacen la corrección, lentamente, en unos pocos minutos. No hay torsiones ni movimientos bruscos.",
    'Read about our <a id="a1">other techniques</a>.': 'Conozca nuestras <a id="a1">otras técnicas</a>.',
    "SOT blocks are placed according to your category analysis.": "Los bloques de SOT se colocan según el análisis de su categoría.",
    "Who SOT suits": "Para quién es adecuada la SOT",
    "SOT is often a good fit for people who:": "La SOT suele ser una buena opción para personas que:",
    "Have a sensitive nervous system": "Tienen un sistema nervioso sensible",
    "The low-force approach avoids the quick thrust some people find overwhelming.": "Este enfoque de baja fuerza evita el empuje rápido que a algunas personas les resulta abrumador.",
    "Are in acute pain": "Tienen dolor agudo",
    "Blocks let the body shift without twisting a sore back.": "Los bloques permiten que el cuerpo se reacomode sin torcer una espalda adolorida.",
    "Want a holistic approach": "Buscan un enfoque integral",
    "Care can include gentle cranial work alongside the pelvis and spine.": "La atención puede incluir un trabajo craneal suave, además del de la pelvis y la columna.",
    "Want lasting change": "Buscan cambios duraderos",
    "Repeated, gentle corrections help the body re-pattern over time.": "Las correcciones suaves y repetidas ayudan al cuerpo a adoptar nuevos patrones con el tiempo.",
    "Book online": "Pida su cita en línea",
    "SOT questions": "Preguntas sobre la SOT",
    "Prefer to talk? Call the clinic": "¿Prefiere hablar con nosotros? Llame a la clínica",
    # Activator Method
    "Activator Method": "Método Activator",
    "The Activator Method at Harbourview Chiropractic: precise, instrument-assisted adjustments without twisting. What to expect and who it suits.": "El Método Activator en Harbourview Chiropractic: ajustes precisos, asistidos por instrumento y sin torsiones. Qué esperar y para quién es adecuado.",
    "A hand-held instrument delivers a small, quick impulse to one precise point, so joints can be adjusted without twisting or manual force.": "Un instrumento manual aplica un impulso pequeño y rápido en un punto preciso, de modo que las articulaciones se pueden ajustar sin torsiones ni fuerza manual.",
    "How the instrument works": "Cómo funciona el instrumento",
    "The Activator is a small spring-loaded tool. Your chiropractor places its rubber tip on the joint to be adjusted and releases a light, fast impulse. It is over before the surrounding muscles can tense, which is why the force needed is so small.": "El Activator es una pequeña herramienta con resorte. Su quiropráctico coloca la punta de goma sobre la articulación que se va a ajustar y libera un impulso leve y rápido. Termina antes de que los músculos de alrededor alcancen a tensarse, y por eso se necesita tan poca fuerza.",
    "What a visit looks like": "Cómo es una consulta",
    "You lie face down, fully clothed. We compare the length of your legs as we ask you to move your head or arms: a change hints at where the body is compensating. Each adjustment is a single click, and we re-check after each one.": "Usted se acuesta boca abajo, con la ropa puesta. Comparamos la longitud de sus piernas mientras le pedimos que mueva la cabeza o los brazos: un cambio indica dónde está compensando el cuerpo. Cada ajuste es un solo clic, y volvemos a revisar después de cada uno.",
    "Who Activator Method suits": "Para quién es adecuado el Método Activator",
    "Older adults": "Adultos mayores",
    "No twisting, which suits joints affected by age or osteoporosis.": "Sin torsiones, lo que conviene a las articulaciones afectadas por la edad o la osteoporosis.",
    "Nervous first-timers": "Quienes vienen por primera vez con nervios",
    "There is no 'crack', only a light tap you can feel.": "No hay “chasquido”, solo un golpecito leve que usted puede sentir.",
    "Small, precise problems": "Problemas pequeños y localizados",
    "A wrist, an ankle or a rib can be treated on its own.": "Se puede tratar una muñeca, un tobillo o una costilla por separado.",
    # Flexion-Distraction
    "Flexion-Distraction": "Flexión-distracción",
    "Flexion-distraction at Harbourview Chiropractic: a gentle, rhythmic stretch for the lower back on a moving table. How it feels and who it helps.": "La flexión-distracción en Harbourview Chiropractic: un estiramiento suave y rítmico de la zona lumbar en una camilla móvil. Qué se siente y a quién ayuda.",
    "A gentle, rhythmic stretch on a special table that opens the spaces between the vertebrae of the lower back, used often for disc-related pain.": "Un estiramiento suave y rítmico en una camilla especial que abre los espacios entre las vértebras de la zona lumbar; se usa con frecuencia para el dolor relacionado con los discos.",
    "A table that moves with you": "Una camilla que se mueve con usted",
    "You lie face down on a table whose lower half hinges downwards. While one hand steadies the vertebra being treated, your chiropractor lowers the table slowly in short, repeated cycles. The movement bends (flexes) and gently lengthens (distracts) the low back.": "Usted se acuesta boca abajo en una camilla cuya mitad inferior se inclina hacia abajo. Mientras sostiene con una mano la vértebra que está tratando, su quiropráctico baja la camilla lentamente en ciclos cortos y repetidos. El movimiento dobla (flexión) y estira suavemente (distracción) la zona lumbar.",
    "Why the rhythm matters": "Por qué importa el ritmo",
    "The repeated, pain-free cycles let the joints and discs move through a range they have been guarding. Most people find it relaxing, and we stop whenever you ask.": "Los ciclos repetidos y sin dolor permiten que las articulaciones y los discos recorran un rango de movimiento que el cuerpo venía protegiendo. A la mayoría de las personas les resulta relajante, y nos detenemos en cuanto usted lo pida.",
    "Who Flexion-Distraction suits": "Para quién es adecuada la flexión-distracción",
    "Low back and leg pain": "Dolor lumbar y de pierna",
    "Often chosen when pain travels from the back to a leg.": "Se elige a menudo cuando el dolor baja de la espalda a una pierna.",
    "People who dislike thrusts": "Personas a quienes no les gustan los empujes",
    "The motion is slow, steady and easy to stop.": "El movimiento es lento, constante y fácil de detener.",
    "Stiffness after sitting": "Rigidez después de estar sentado",
    "The stretch eases joints that have stayed still.": "El estiramiento alivia las articulaciones que han estado inmóviles.",
    # Practitioners
    "Our chiropractors": "Nuestros quiroprácticos",
    "Meet the chiropractors at Harbourview Chiropractic in Fort Lauderdale: their training, techniques, languages and where they practise.": "Conozca a los quiroprácticos de Harbourview Chiropractic en Fort Lauderdale: su formación, sus técnicas, los idiomas que hablan y dónde atienden.",
    "Every patient sees a Doctor of Chiropractic. Meet the team.": "Todos los pacientes son atendidos por un doctor en quiropráctica. Conozca a nuestro equipo.",
    "An illustrated portrait of Dr. Maya Okafor, smiling.": "Retrato ilustrado de la Dra. Maya Okafor, sonriente.",
    "DC, SOT Certified": "DC, certificada en SOT",
    "Clinic director": "Directora de la clínica",
    "Maya founded Harbourview to offer unhurried, low-force care. She is certified in Sacro Occipital Technique and sees many pregnant patients.": "Maya fundó Harbourview para ofrecer una atención sin prisas y de baja fuerza. Está certificada en la Técnica Sacro Occipital y atiende a muchas pacientes embarazadas.",
    "Maya trained as a Doctor of Chiropractic in Atlanta and has practised in Fort Lauderdale since 2009. She came to SOT after seeing how well gentle blocking suited patients who were anxious about manual adjustments.": "Maya se formó como doctora en quiropráctica en Atlanta y ejerce en Fort Lauderdale desde 2009. Llegó a la SOT al ver lo bien que el bloqueo suave les funcionaba a los pacientes a quienes los ajustes manuales les causaban ansiedad.",
    "Outside the clinic she swims in the harbour all year round, which she does not recommend to her patients.": "Fuera de la clínica, nada en el puerto todo el año, algo que no les recomienda a sus pacientes.",
    "Doctor of Chiropractic (DC), 2009<br/>SOT Certified, Sacro Occipital Technique Organization<br/>Webster Technique certificate": "Doctora en Quiropráctica (DC), 2009<br/>Certificación en SOT, Sacro Occipital Technique Organization<br/>Certificado en la Técnica Webster",
    "English, Spanish": "Inglés, español",
    "An illustrated portrait of Dr. Tomas Lindqvist, smiling.": "Retrato ilustrado del Dr. Tomas Lindqvist, sonriente.",
    "An illustrated street map: the Harbour Road clinic's pin by the marina, with the water to the east.": "Un plano ilustrado: la clínica de Harbour Road marcada junto a la marina, con el agua al este.",
    "An illustrated street map: the Hillside clinic's pin on a curving street beside the park.": "Un plano ilustrado: la clínica de Hillside marcada en una calle curva junto al parque.",
    "A patient lies face down on a treatment table with two padded blocks under the pelvis.": "Un paciente tumbado boca abajo en una camilla, con dos bloques acolchados bajo la pelvis.",
    "Associate chiropractor": "Quiropráctico asociado",
    "Tomas focuses on instrument-assisted and low-force care for older adults and people returning to activity after injury.": "Tomas se dedica a la atención asistida por instrumento y de baja fuerza para adultos mayores y para personas que retoman la actividad después de una lesión.",
    "Tomas qualified in 2015 and joined Harbourview in 2019. Before chiropractic he worked as a physical education teacher, and he still likes to explain exercises with a diagram on the back of an appointment card.": "Tomas se tituló en 2015 y se unió a Harbourview en 2019. Antes de dedicarse a la quiropráctica fue maestro de educación física, y todavía le gusta explicar los ejercicios con un dibujo en el reverso de una tarjeta de cita.",
    "Doctor of Chiropractic (DC), 2015<br/>Activator Methods proficiency": "Doctor en Quiropráctica (DC), 2015<br/>Competencia acreditada en Activator Methods",
    "English, Swedish": "Inglés, sueco",
    # Locations
    "Locations": "Ubicaciones",
    "Harbourview Chiropractic's two Fort Lauderdale clinics: addresses, opening hours, holiday hours, parking and step-free access.": "Las dos clínicas de Harbourview Chiropractic en Fort Lauderdale: direcciones, horarios, horarios en días festivos, estacionamiento y acceso sin escalones.",
    "Two clinics in Fort Lauderdale. Book at either; your notes follow you.": "Dos clínicas en Fort Lauderdale. Pida su cita en cualquiera de las dos; su expediente está disponible en ambas.",
    "Harbour Road clinic": "Clínica de Harbour Road",
    "Our main clinic by the marina, open six days a week.": "Nuestra clínica principal, junto a la marina, abierta seis días a la semana.",
    "Free parking for patients behind the building; two spaces by the door are reserved for disabled parking permit holders.": "Estacionamiento gratuito para pacientes detrás del edificio; dos espacios junto a la puerta están reservados para personas con permiso de estacionamiento para discapacitados.",
    "Step-free entrance and a lift to Suite 4. Our adjusting tables lower to wheelchair height, and the accessible toilet is on the same floor.": "Entrada sin escalones y elevador hasta la Suite 4. Nuestras camillas de ajuste bajan a la altura de una silla de ruedas, y el baño accesible está en el mismo piso.",
    "We are on the first floor above the Harbour Road pharmacy, opposite the marina car park. Bus 12 stops outside.": "Estamos en el segundo piso, encima de la farmacia de Harbour Road, frente al estacionamiento de la marina. El autobús 12 para en la puerta.",
    "Hillside clinic": "Clínica de Hillside",
    "A quiet ground-floor practice in the Hillside neighbourhood.": "Un consultorio tranquilo en planta baja, en el barrio de Hillside.",
    "On-street parking on Orchard Lane, free for two hours.": "Estacionamiento en la calle, en Orchard Lane, gratuito durante dos horas.",
    "Ground floor with a level entrance and wide doors throughout.": "Planta baja con entrada a nivel y puertas anchas en todo el consultorio.",
    "Next to Hillside library, two minutes' walk from the Orchard Lane bus stop (routes 3 and 7).": "Junto a la biblioteca de Hillside, a dos minutos a pie de la parada de autobús de Orchard Lane (rutas 3 y 7).",
    # New patients
    "New patients": "Pacientes nuevos",
    "Your first visit to Harbourview Chiropractic: what happens, what to bring, insurance and fees, and our cancellation policy.": "Su primera consulta en Harbourview Chiropractic: qué sucede, qué traer, seguros y tarifas, y nuestra política de cancelación.",
    "Coming to see us for the first time? Here is what to expect.": "¿Viene a vernos por primera vez? Esto es lo que puede esperar.",
    "We talk through your health history and what brings you in.": "Repasamos con usted su historial de salud y el motivo de su consulta.",
    "We examine how you move, including a few simple posture and reflex checks.": "Examinamos cómo se mueve, con algunas pruebas sencillas de postura y reflejos.",
    "We explain what we found and whether we think chiropractic can help.": "Le explicamos lo que encontramos y si creemos que la quiropráctica puede ayudarle.",
    "If you agree, we begin gentle treatment the same day.": "Si usted está de acuerdo, comenzamos un tratamiento suave ese mismo día.",
    "A list of any medicines you take": "Una lista de los medicamentos que toma",
    "Recent X-rays or scan reports, if you have them": "Radiografías o informes de estudios de imagen recientes, si los tiene",
    "Your referral letter, if your doctor gave you one": "Su carta de referencia, si su médico le dio una",
    "Loose, comfortable clothes": "Ropa holgada y cómoda",
    "We bill most major health insurers directly; please bring your card. If you pay for yourself, a first visit costs $85 and follow-ups $55. We accept cards, cash and health savings account cards.": "Facturamos directamente a la mayoría de las principales aseguradoras médicas; por favor, traiga su tarjeta del seguro. Si paga usted mismo, la primera consulta cuesta $85 y las de seguimiento, $55. Aceptamos tarjetas, efectivo y tarjetas de cuentas de ahorro para la salud (HSA).",
    "Please give us 24 hours' notice if you cannot come, so someone else can have the time. We may charge $30 for a missed appointment without notice, but never the first time.": "Si no puede venir, avísenos con 24 horas de anticipación para que otra persona pueda usar ese horario. Podemos cobrar $30 por una cita a la que no asista sin avisar, pero nunca la primera vez.",
    "New patient questions": "Preguntas de pacientes nuevos",
    "How long is the first appointment?": "¿Cuánto dura la primera cita?",
    "Allow an hour. Later visits usually take 20 to 30 minutes.": "Calcule una hora. Las consultas siguientes suelen durar de 20 a 30 minutos.",
    "Can I bring someone with me?": "¿Puedo venir acompañado?",
    "Yes. A friend or family member is welcome in the room for any visit.": "Sí. Un amigo o familiar puede acompañarlo en la sala en cualquier consulta.",
    # FAQ page
    "Frequently asked questions": "Preguntas frecuentes",
    "Answers to common questions about chiropractic care and Sacro Occipital Technique (SOT) at Harbourview Chiropractic, from safety to booking.": "Preguntas frecuentes sobre la atención quiropráctica y la Técnica Sacro Occipital (SOT) en Harbourview Chiropractic, de la seguridad a cómo pedir cita.",
    "Straight answers to what patients ask us most.": "Respuestas claras a lo que más nos preguntan los pacientes.",
    "General questions": "Preguntas generales",
    "Do I need a referral to book?": "¿Necesito una referencia médica para pedir una cita?",
    "No. You can book online or call us directly. If you have a referral from your doctor, bring it to your first visit.": "No. Puede pedir su cita en línea o llamarnos directamente. Si su médico le dio una referencia, tráigala a su primera consulta.",
    # Privacy, booking and contact
    "Privacy notice": "Aviso de privacidad",
    "How we handle what you send us.": "Cómo tratamos la información que nos envía.",
    "We use what you send through our booking and contact forms only to reply to you and arrange your care. We keep requests for 180 days and then delete them. We never sell or share them. Ask the front desk to see or delete yours.": "Usamos lo que nos envía por nuestros formularios de citas y de contacto solo para responderle y organizar su atención. Guardamos las solicitudes durante 180 días y luego las eliminamos. Nunca las vendemos ni las compartimos. Si desea ver o eliminar las suyas, pídalo en la recepción.",
    "Tell us when suits you and we will call to confirm a time.": "Díganos cuándo le conviene y lo llamaremos para confirmar el horario.",
    "We reply within one working day, usually by phone, to agree a time with you.": "Le respondemos en un plazo de un día hábil, normalmente por teléfono, para acordar un horario con usted.",
    "Thank you for your question. We reply within one working day, by e-mail or by phone if you gave us a number.": "Gracias por su pregunta. Le respondemos en un plazo de un día hábil, por correo electrónico o por teléfono si nos dio un número.",
    "Contact us": "Contáctenos",
    "Questions about care, fees or parking? Send us a message.": "¿Tiene preguntas sobre la atención, las tarifas o el estacionamiento? Envíenos un mensaje.",
    # FAQ snippets (translatable once the FAQ model has TranslatableMixin)
    "What is SOT care?": "¿En qué consiste la atención con SOT?",
    "Sacro Occipital Technique is a system of chiropractic analysis and treatment. It looks at how the pelvis (the sacrum) and the base of the skull (the occiput) work together, and uses gentle methods such as padded blocks and light hand contacts to help the body rebalance.": "La Técnica Sacro Occipital es un sistema quiropráctico de análisis y tratamiento. Estudia cómo funcionan en conjunto la pelvis (el sacro) y la base del cráneo (el occipital), y usa métodos suaves, como bloques acolchados y contactos ligeros con las manos, para ayudar al cuerpo a recuperar el equilibrio.",
    "Is SOT safe for sensitive patients?": "¿Es segura la SOT para pacientes sensibles?",
    "SOT is one of the gentlest approaches in chiropractic. There is no twisting or sudden thrust: your own body weight and gravity do most of the work. We check your health history first and adapt the pressure to you, so it is often chosen by people who find other adjustments uncomfortable.": "La SOT es uno de los enfoques más suaves de la quiropráctica. No hay torsiones ni empujes bruscos: el peso de su propio cuerpo y la gravedad hacen la mayor parte del trabajo. Primero revisamos su historial de salud y adaptamos la presión a usted, por lo que suelen elegirla personas a quienes otros ajustes les resultan incómodos.",
    "Which conditions is SOT used for?": "¿Para qué afecciones se usa la SOT?",
    "Chiropractors commonly use SOT when caring for:": "Los quiroprácticos suelen usar la SOT para atender:",
    "low back pain": "dolor lumbar",
    "pelvic imbalance": "desequilibrio pélvico",
    "whole-body alignment and posture concerns": "problemas de alineación general del cuerpo y de postura",
    "Everyone responds differently, and we will tell you honestly whether we think it suits you.": "Cada persona responde de manera distinta, y le diremos con honestidad si creemos que es adecuada para usted.",
    "How is SOT different from a traditional manual adjustment?": "¿En qué se diferencia la SOT de un ajuste manual tradicional?",
    "A traditional manual adjustment uses a quick, controlled thrust, often with an audible release. SOT instead places wedge-shaped blocks under the pelvis while you lie still, and lets gravity and your own weight make a slow correction. Many patients describe it as <strong>relaxing</strong> rather than abrupt.": "Un ajuste manual tradicional usa un empuje rápido y controlado, a menudo con un chasquido audible. En cambio, la SOT coloca bloques en forma de cuña debajo de la pelvis mientras usted permanece quieto, y deja que la gravedad y su propio peso hagan una corrección lenta. Muchos pacientes la describen como <strong>relajante</strong> y no como brusca.",
    # Kept as they are: names, addresses, codes and phone numbers.
    "American Chiropractic Association<br/>Florida Chiropractic Association": "American Chiropractic Association<br/>Florida Chiropractic Association",
    "American Chiropractic Association": "American Chiropractic Association",
    "Harbourview Chiropractic": "Harbourview Chiropractic",
    "Dr. Maya Okafor": "Dra. Maya Okafor",
    "Dr. Tomas Lindqvist": "Dr. Tomas Lindqvist",
    "DC": "DC",
    "120 Harbour Road, Suite 4": "120 Harbour Road, Suite 4",
    "48 Orchard Lane": "48 Orchard Lane",
    "Fort Lauderdale": "Fort Lauderdale",
    "FL": "FL",
    "33301": "33301",
    "33305": "33305",
    "US": "US",
    "(954) 555-0142": "(954) 555-0142",
    "(954) 555-0187": "(954) 555-0187",
    # Holiday and special hours, and the days each practitioner is at each location.
    "Staff training days": "Días de capacitación del personal",
    "Early closing": "Cierre temprano",
    "New Year's Day": "Año Nuevo",
    "Monday, Wednesday and Friday": "Lunes, miércoles y viernes",
    "Tuesday": "Martes",
    "Tuesday and Thursday": "Martes y jueves",
    "Thursday and Saturday": "Jueves y sábado",
}

SPANISH_SLUGS = {
    "home": "inicio",
    "techniques": "tecnicas",
    "sacro-occipital-technique": "tecnica-sacro-occipital",
    "activator-technique": "metodo-activator",
    "flexion-distraction": "flexion-distraccion",
    "practitioners": "quiropracticos",
    "dr-maya-okafor": "dra-maya-okafor",
    "dr-tomas-lindqvist": "dr-tomas-lindqvist",
    "locations": "ubicaciones",
    "harbour-road": "harbour-road",
    "hillside": "hillside",
    "new-patients": "pacientes-nuevos",
    "faq": "preguntas-frecuentes",
    "privacy": "privacidad",
    "book": "pedir-cita",
    "contact": "contacto",
    # FAQ snippets' link names (``anchor``), as in /es/preguntas-frecuentes/#que-es-sot.
    "what-is-sot": "que-es-sot",
    "is-sot-safe": "es-segura-la-sot",
    "sot-conditions": "afecciones-sot",
    "sot-vs-manual-adjustment": "sot-frente-al-ajuste-manual",
}

# The condition pages and the accessibility statement keep their English and Spanish together.
SPANISH |= conditions_text.spanish_strings() | accessibility_text.spanish_strings()
SPANISH_SLUGS |= conditions_text.spanish_slugs() | {"accessibility": "accesibilidad"}
