import { STAGE_RULE_TEXT } from '#core/inquiry/messages';

/**
 * Spanish for every message the API can put in a problem (titles, details, field messages).
 * Keyed by the English text so call sites stay readable; a test fails when a message thrown
 * anywhere in the server or the contracts has no entry here.
 */
export const PROBLEMS_ES: Record<string, string> = {
  // titles
  'Invalid request': 'Solicitud no válida',
  'Not signed in': 'No has iniciado sesión',
  'Not allowed': 'No permitido',
  'Not found': 'No encontrado',
  Conflict: 'Conflicto',
  'Cannot do that': 'No se puede hacer',
  'Too many attempts': 'Demasiados intentos',
  'Bad request': 'Solicitud incorrecta',
  'Malformed JSON': 'JSON mal formado',
  'Malformed request': 'Solicitud mal formada',
  'Request too large': 'Solicitud demasiado grande',
  'Unsupported media type': 'Tipo de contenido no admitido',
  'Something went wrong': 'Algo salió mal',
  // details
  'Sign in to continue.': 'Inicia sesión para continuar.',
  'You do not have permission to do this.': 'No tienes permiso para hacer esto.',
  'We could not find that.': 'No encontramos lo que buscas.',
  'There is no such route.': 'Esa ruta no existe.',
  'Some fields need attention.': 'Algunos campos necesitan atención.',
  'The body is not valid JSON.': 'El cuerpo no es JSON válido.',
  'The JSON body is empty.': 'El cuerpo JSON está vacío.',
  'The Content-Length does not match the body.': 'El Content-Length no coincide con el cuerpo.',
  'The request body is over 1 MB.': 'El cuerpo de la solicitud supera 1 MB.',
  'Send JSON with Content-Type: application/json.': 'Envía JSON con Content-Type: application/json.',
  'The error was logged. Try again.': 'El error quedó registrado. Inténtalo de nuevo.',
  'The email or password is not right.': 'El correo o la contraseña no son correctos.',
  'Too many failed attempts. Wait 15 minutes, or reset your password.':
    'Demasiados intentos fallidos. Espera 15 minutos o restablece tu contraseña.',
  'The access token is not valid or was revoked.': 'El token de acceso no es válido o fue revocado.',
  'Cross-site request refused: send JSON from the Conecta app or an API client.':
    'Solicitud entre sitios rechazada: envía JSON desde la aplicación Conecta o un cliente de la API.',
  'Your current password is not right.': 'Tu contraseña actual no es correcta.',
  'This link has expired or was already used. Ask for a new one.': 'Este enlace venció o ya se usó. Pide uno nuevo.',
  'This invitation has expired or was already used. Ask your administrator for a new one.':
    'Esta invitación venció o ya se usó. Pide una nueva a tu administrador.',
  'The cursor is not valid. Start again from the first page.': 'El cursor no es válido. Vuelve a la primera página.',
  'A school with this name already exists.': 'Ya existe una escuela con este nombre.',
  'Someone with this email already has an account.': 'Ya hay una cuenta con este correo.',
  'This person already has that role.': 'Esta persona ya tiene ese rol.',
  'That school does not exist in your organization.': 'Esa escuela no existe en tu organización.',
  'The organization needs at least one active district admin.':
    'La organización necesita al menos un administrador de distrito activo.',
  'This person has already accepted their invitation.': 'Esta persona ya aceptó su invitación.',
  'You cannot deactivate your own account.': 'No puedes desactivar tu propia cuenta.',
  'That person is not an active member of your organization.':
    'Esa persona no es un miembro activo de tu organización.',
  'The teacher for this class is not an active member of your organization.':
    'El docente de esta clase no es un miembro activo de tu organización.',
  'The teacher does not teach at that school.': 'El docente no enseña en esa escuela.',
  // field messages
  'Already used.': 'Ya está en uso.',
  'Invalid value.': 'Valor no válido.',
  'Not a cursor this server issued.': 'No es un cursor emitido por este servidor.',
  'Not one of the teacher’s schools.': 'No es una de las escuelas del docente.',
  'Not your current password.': 'No es tu contraseña actual.',
  'Unknown person.': 'Persona desconocida.',
  'Unknown school.': 'Escuela desconocida.',
  'Send at least one of name or locale.': 'Envía al menos el nombre o el idioma.',
  'Teachers, coaches and school leaders belong to a school: choose one.':
    'Docentes, acompañantes pedagógicos y directivos pertenecen a una escuela: elige una.',
  'Use at least 10 characters.': 'Usa al menos 10 caracteres.',
  'Give the person at least one role.': 'Asigna al menos un rol a la persona.',
  'Use YYYY-MM-DD.': 'Usa el formato AAAA-MM-DD.',
  'Plan for one of your own classes.': 'Planifica para una de tus propias clases.',
  'Not one of your classes.': 'No es una de tus clases.',
  'This plan was saved elsewhere since you opened it. Compare both versions and choose.':
    'Esta planificación se guardó en otro lugar desde que la abriste. Compara ambas versiones y elige.',
  'There is no insight rule with that id.': 'No hay ninguna regla de sugerencias con ese identificador.',
  // frameworks
  'A framework with this code already exists in your district.': 'Ya existe un marco con este código en tu distrito.',
  'The built-in framework cannot be edited. Import a copy with its own code.':
    'El marco incorporado no se puede editar. Importa una copia con su propio código.',
  'The file is over 5 MB or 50,000 rows. Split it and import each part.':
    'El archivo supera 5 MB o 50.000 filas. Divídelo e importa cada parte.',
  'The file has problems, so nothing was imported. Fix them and import it again.':
    'El archivo tiene problemas, así que no se importó nada. Corrígelos e impórtalo de nuevo.',
  'This edit removes practices that people chose as their growth focus. Keep them, or ask those people to choose another focus first.':
    'Esta edición quita prácticas que algunas personas eligieron como foco de crecimiento. Mantenlas, o pide a esas personas que antes elijan otro foco.',
  'Someone’s growth focus.': 'Es el foco de crecimiento de alguien.',
  'Choose a framework your district can use.': 'Elige un marco que tu distrito pueda usar.',
  'Unknown framework.': 'Marco desconocido.',
  'Choose your growth focus from the framework your school uses.':
    'Elige tu foco de crecimiento en el marco que usa tu escuela.',
  'Not a practice of your school’s framework.': 'No es una práctica del marco de tu escuela.',
  'Chosen twice.': 'Elegida dos veces.',
  'Use letters, digits, dots, dashes or underscores.': 'Usa letras, dígitos, puntos, guiones o guiones bajos.',
  'Give the text in English or Spanish.': 'Escribe el texto en inglés o en español.',
  'Give the four levels 1, 2, 3 and 4 in order, or none.': 'Indica los cuatro niveles 1, 2, 3 y 4 en orden, o ninguno.',
  'Each domain needs its own code.': 'Cada dominio necesita su propio código.',
  'Each practice needs its own code.': 'Cada práctica necesita su propio código.',
  'Each look-for of a practice needs its own code.':
    'Cada indicador observable de una práctica necesita su propio código.',
  'Only evaluative observations carry ratings.': 'Solo las observaciones evaluativas llevan valoraciones.',
  'Rate practices of your framework, once each.': 'Valora prácticas de tu marco, una vez cada una.',
  'Send at least one setting.': 'Envía al menos un ajuste.',
  'At most 30 look-fors.': 'Como máximo 30 indicadores observables.',
  'At most 50 rationale notes.': 'Como máximo 50 notas de justificación.',
  'Answer at least one of the prompts (what happened, student evidence, why and alternatives, next time).':
    'Responde al menos una de las preguntas (qué pasó, evidencia de los estudiantes, por qué y alternativas, la próxima vez).',
  'Keep each answer under 10,000 characters.': 'Cada respuesta debe tener menos de 10.000 caracteres.',
  'Keep the comment under 2,000 characters.': 'El comentario debe tener menos de 2.000 caracteres.',
  'Remove the NUL characters from the text.': 'Quita los caracteres NUL del texto.',
  // learning walks
  'Choose a look-for from the framework your school uses.':
    'Elige un indicador observable del marco que usa tu escuela.',
  'Not a look-for of your school’s framework.': 'No es un indicador observable del marco de tu escuela.',
  'This walk is closed.': 'Este recorrido está cerrado.',
  'This walk is already closed.': 'Este recorrido ya está cerrado.',
  'A learning walk names nobody.': 'Un recorrido de aprendizaje no nombra a nadie.',
  'Leave people’s names out: describe what you saw.': 'No escribas nombres de personas: describe lo que viste.',
  'Leave people’s names out: say what the walk looks for.':
    'No escribas nombres de personas: di qué busca el recorrido.',
  'Use a room number or a description, not a name.': 'Usa un número de aula o una descripción, no un nombre.',
  'Another walker recorded this room.': 'Otra persona del recorrido registró esta aula.',
  'A walk holds at most 200 rooms.': 'Un recorrido admite como máximo 200 aulas.',
  'Cannot exceed the students observed.': 'No puede superar la cantidad de estudiantes observados.',
  // observations
  'Evaluative observations are not turned on for this district.':
    'Las observaciones evaluativas no están activadas en este distrito.',
  'Choose coaching, peer or walkthrough.': 'Elige acompañamiento, entre pares o recorrido.',
  'Some details of this observation need attention.': 'Algunos datos de esta observación necesitan atención.',
  'You cannot observe yourself.': 'No puedes observarte a ti mismo.',
  'Not a teacher in your organization.': 'No es un docente de tu organización.',
  'Not a teacher at your schools.': 'No es un docente de tus escuelas.',
  'Not one of this teacher’s classes.': 'No es una de las clases de este docente.',
  'Not a practice of a framework your district uses.': 'No es una práctica de un marco que use tu distrito.',
  'Not a look-for of a framework your district uses.': 'No es un indicador observable de un marco que use tu distrito.',
  'Set the follow-up on or after the day of the visit.': 'Fija el seguimiento el día de la visita o después.',
  'This observation was cancelled.': 'Esta observación se canceló.',
  'Feedback was already shared, so this observation can no longer be cancelled.':
    'La retroalimentación ya se compartió, así que esta observación ya no se puede cancelar.',
  'Share one of your own lesson plans.': 'Comparte una de tus propias planificaciones de clase.',
  'Not one of your plans.': 'No es una de tus planificaciones.',
  'Tally look-fors of your framework.': 'Cuenta indicadores observables de tu marco.',
  'Tag the note with practices and look-fors of your framework.':
    'Etiqueta la nota con prácticas e indicadores observables de tu marco.',
  'An observation holds at most 500 notes.': 'Una observación admite como máximo 500 notas.',
  'Some details of this feedback need attention.': 'Algunos datos de esta retroalimentación necesitan atención.',
  'The feedback has not been shared yet.': 'La retroalimentación aún no se ha compartido.',
  // coaching cycles
  'This coaching cycle is closed.': 'Este ciclo de acompañamiento está cerrado.',
  'A percent is between 0 and 100.': 'Un porcentaje está entre 0 y 100.',
  'Not a strategy card of your library.': 'No es una ficha de estrategia de tu biblioteca.',
  'You cannot coach yourself in a cycle.': 'No puedes acompañarte a ti mismo en un ciclo.',
  'Some details of this coaching cycle need attention.':
    'Algunos datos de este ciclo de acompañamiento necesitan atención.',
  'You already have an open coaching cycle with this teacher. Close it before starting another.':
    'Ya tienes un ciclo de acompañamiento abierto con este docente. Ciérralo antes de empezar otro.',
  'A coaching cycle holds at most 200 practice sessions.':
    'Un ciclo de acompañamiento admite como máximo 200 sesiones de práctica.',
  'Some details of this progress check need attention.': 'Algunos datos de esta medición de avance necesitan atención.',
  'A coaching cycle holds at most 200 progress checks.':
    'Un ciclo de acompañamiento admite como máximo 200 mediciones de avance.',
  'A coaching cycle holds at most 100 links.': 'Un ciclo de acompañamiento admite como máximo 100 vínculos.',
  'Share this plan with your coach first, so you both can see it.':
    'Primero comparte esta planificación con tu acompañante pedagógico, para que ambos puedan verla.',
  'Link a lesson plan of this teacher that is shared with their coach.':
    'Vincula una planificación de clase de este docente que esté compartida con su acompañante pedagógico.',
  'Link an observation of this teacher by this cycle’s coach.':
    'Vincula una observación de este docente hecha por el acompañante pedagógico de este ciclo.',
  'Link a reflection of this teacher that their coach can read.':
    'Vincula una reflexión de este docente que su acompañante pedagógico pueda leer.',
  'Your coach cannot read this reflection: share its lesson plan with your coach first.':
    'Tu acompañante pedagógico no puede leer esta reflexión: primero comparte su planificación de clase con tu acompañante.',
  // inquiry (the stage rules' sentences come from core/inquiry, where both languages live)
  'This inquiry is closed.': 'Esta indagación está cerrada.',
  'Some details of this inquiry need attention.': 'Algunos datos de esta indagación necesitan atención.',
  'Not a team you belong to.': 'No es un equipo al que pertenezcas.',
  'Link something of your own, or shared with you, that you can open.':
    'Vincula algo tuyo, o compartido contigo, que puedas abrir.',
  'An inquiry holds at most 100 links.': 'Una indagación admite como máximo 100 vínculos.',
  'This inquiry cannot move to that stage yet.': 'Esta indagación todavía no puede pasar a esa etapa.',
  ...Object.fromEntries(Object.values(STAGE_RULE_TEXT).map((text) => [text.en, text.es])),
  // communities
  'No cross-district community has this join code.': 'Ninguna comunidad entre distritos tiene este código de ingreso.',
  'Check the code with the community’s facilitator.': 'Verifica el código con quien facilita la comunidad.',
  'You are this community’s only facilitator. Ask another member to facilitate before you leave.':
    'Eres la única persona que facilita esta comunidad. Pide a otro miembro que la facilite antes de salir.',
  'This thread is locked. Its posts stay readable, but nobody can add to it.':
    'Esta conversación está cerrada. Sus aportes se pueden leer, pero nadie puede agregar más.',
  'You can share only your own plans, reflections and inquiries.':
    'Solo puedes compartir tus propias planificaciones, reflexiones e indagaciones.',
  'Not one of your own artefacts.': 'No es uno de tus propios trabajos.',
  'Reply to a post of this thread that is not itself a reply.':
    'Responde a un aporte de esta conversación que no sea a su vez una respuesta.',
  'Not a top-level post of this thread.': 'No es un aporte principal de esta conversación.',
  'A facilitator hid this post, so it cannot be edited.':
    'Una persona facilitadora ocultó este aporte, así que no se puede editar.',
  'A facilitator hid this post.': 'Una persona facilitadora ocultó este aporte.',
  'You already reported this post. The facilitators can see it.':
    'Ya reportaste este aporte. Las personas facilitadoras pueden verlo.',
  'Each code’s evidence must be words of the post, at their place in it.':
    'La evidencia de cada código debe ser palabras del aporte, en su lugar dentro de él.',
  'An evidence span does not match the post.': 'Un fragmento de evidencia no coincide con el aporte.',
  'Use a two-letter country code, such as CL or US.': 'Usa un código de país de dos letras, como CL o US.',
  // units, comments, student work
  'Make units for a team you belong to.': 'Crea unidades para un equipo al que perteneces.',
  'Not one of your teams.': 'No es uno de tus equipos.',
  'This unit was saved elsewhere since you opened it. Compare both versions and choose.':
    'Esta unidad se guardó en otro lugar desde que la abriste. Compara ambas versiones y elige.',
  'Pick a step of the unit sequence.': 'Elige un paso de la secuencia de la unidad.',
  'There is no such step.': 'Ese paso no existe.',
  'This step already has a plan.': 'Este paso ya tiene un plan.',
  'The unit sequence is full.': 'La secuencia de la unidad está completa.',
  'Pick a step.': 'Elige un paso.',
  'The unit is being edited by others right now. The plan was made: link it from the unit.':
    'Otras personas están editando la unidad ahora. El plan se creó: vincúlalo desde la unidad.',
  'Mention people who can read this.': 'Menciona a personas que puedan leer esto.',
  'Not someone who can read this.': 'No es alguien que pueda leer esto.',
  'Check the upload form.': 'Revisa el formulario de carga.',
  'Link a unit of this team.': 'Vincula una unidad de este equipo.',
  'Not a unit of this team.': 'No es una unidad de este equipo.',
  'Link a meeting of this team.': 'Vincula una reunión de este equipo.',
  'Not a meeting.': 'No es una reunión.',
  'Not a meeting of this team.': 'No es una reunión de este equipo.',
  'Upload a PNG, JPEG or WebP image, or a PDF.': 'Sube una imagen PNG, JPEG o WebP, o un PDF.',
  'Score the sample against its own success criteria.': 'Puntúa la muestra con sus propios criterios de logro.',
  'Not a success criterion of this sample.': 'No es un criterio de logro de esta muestra.',
  'Score each criterion once.': 'Puntúa cada criterio una sola vez.',
  'Send the file as multipart/form-data.': 'Envía el archivo como multipart/form-data.',
  'Attach a file.': 'Adjunta un archivo.',
  'The upload is not valid multipart/form-data.': 'La carga no es multipart/form-data válido.',
  'Link plans made from this unit only.': 'Vincula solo planes hechos desde esta unidad.',
  'Not a plan of this unit.': 'No es un plan de esta unidad.',
  'The file is over 10 MB.': 'El archivo supera 10 MB.',
  'Name a section such as objectives or segments.2.': 'Indica una sección como objectives o segments.2.',
  'Confirm that student names are removed.': 'Confirma que quitaste los nombres de los estudiantes.',
  // meetings, protocols, teams (issue 5)
  'This meeting has ended.': 'Esta reunión terminó.',
  'Some details of this meeting need attention.': 'Algunos datos de esta reunión necesitan atención.',
  'This meeting is already running.': 'Esta reunión ya está en curso.',
  'Start the meeting first.': 'Primero inicia la reunión.',
  'There is no such step in this protocol.': 'Ese paso no existe en este protocolo.',
  'Attendance names someone outside the team.': 'La asistencia nombra a alguien que no es del equipo.',
  'A meeting holds at most 2,000 notes.': 'Una reunión admite como máximo 2000 notas.',
  'That note belongs to someone else or to another step: write your own.':
    'Esa nota es de otra persona o de otro paso: escribe la tuya.',
  'A meeting holds at most 200 decisions.': 'Una reunión admite como máximo 200 decisiones.',
  'Some details of this action item need attention.': 'Algunos datos de esta tarea necesitan atención.',
  'A meeting holds at most 200 action items.': 'Una reunión admite como máximo 200 tareas.',
  'The start comes after the end.': 'El inicio es posterior al final.',
  'Ask for at most a year at a time.': 'Pide como máximo un año a la vez.',
  'Not a protocol of your district.': 'No es un protocolo de tu distrito.',
  'The facilitator must be a member of the team.': 'Quien facilita debe ser miembro del equipo.',
  'Not a member of this team.': 'No es miembro de este equipo.',
  'Not something you can share with this team.': 'No es algo que puedas compartir con este equipo.',
  'No such step.': 'Ese paso no existe.',
  'The owner must be a member of the team.': 'La persona responsable debe ser miembro del equipo.',
  'Not a lesson plan you can share with this team.': 'No es una planificación que puedas compartir con este equipo.',
  'Choose an earlier date.': 'Elige una fecha anterior.',
  'At most 53 weeks.': 'Como máximo 53 semanas.',
  'Say which step to go to.': 'Indica a qué paso ir.',
  'Send at least one field.': 'Envía al menos un campo.',
  'Use a 24-hour time such as 15:30.': 'Usa una hora de 24 horas, como 15:30.',
  'Write it in English or Spanish.': 'Escríbelo en inglés o en español.',
  'Use lower-case letters, digits and dashes.': 'Usa letras minúsculas, dígitos y guiones.',
  'Each step needs its own id.': 'Cada paso necesita su propio identificador.',
  'A protocol lasts at most 600 minutes.': 'Un protocolo dura como máximo 600 minutos.',
  // recommendations
  'There is no plan of yours with that id.': 'No tienes ninguna planificación con ese identificador.',
  'There is no open action step of yours with that id.':
    'No tienes ningún paso de acción abierto con ese identificador.',
  'Keep the note under 2,000 characters.': 'La nota debe tener menos de 2.000 caracteres.',
  'Not an insight rule id.': 'No es el identificador de una regla de sugerencias.',
  'Your district hosts this community, so it cannot leave it.':
    'Tu distrito aloja esta comunidad, así que no puede salir de ella.',
  'Every facilitator of this community is from your district. Ask the host district to add one first.':
    'Todas las personas facilitadoras de esta comunidad son de tu distrito. Pide primero al distrito anfitrión que añada una.',
  // peers to learn from
  'Choose at least one practice.': 'Elige al menos una práctica.',
  'Choose at most five practices.': 'Elige como máximo cinco prácticas.',
  'Name each practice once.': 'Nombra cada práctica una sola vez.',
  'Keep the note under 500 characters.': 'La nota debe tener menos de 500 caracteres.',
  'Write a short message.': 'Escribe un mensaje breve.',
  'Keep the message under 1,000 characters.': 'El mensaje debe tener menos de 1.000 caracteres.',
  'You cannot ask yourself.': 'No puedes pedírtelo a ti mismo.',
  'There is no open offer from that colleague.': 'Ese colega no tiene una oferta abierta.',
  'Choose one of the practices this colleague offered.': 'Elige una de las prácticas que ofreció este colega.',
  'Not one of the practices this colleague offered.': 'No es una de las prácticas que ofreció este colega.',
  'You already have a request with this colleague waiting for an answer.':
    'Ya tienes una solicitud con este colega esperando respuesta.',
  'You have 5 requests waiting for an answer: withdraw one or wait for an answer first.':
    'Tienes 5 solicitudes esperando respuesta: retira una o espera una respuesta primero.',
  'This request was already answered or withdrawn.': 'Esta solicitud ya fue respondida o retirada.',
  'This colleague declined a request of yours recently. You can ask them again after 90 days.':
    'Este colega rechazó hace poco una solicitud tuya. Podrás volver a pedírselo pasados 90 días.',
  'This colleague is no longer active in your district.': 'Este colega ya no está activo en tu distrito.',
  // pathways
  'Keep a pathway to 30 steps.': 'Un itinerario tiene como máximo 30 pasos.',
  'Enrol at most 500 people at once.': 'Inscribe como máximo a 500 personas a la vez.',
  'Not a step of this pathway.': 'No es un paso de este itinerario.',
  'List each step once.': 'Incluye cada paso una sola vez.',
  'This card is already a step.': 'Esta ficha ya es un paso.',
  'Add at least one step before publishing.': 'Añade al menos un paso antes de publicar.',
  'Publish an archived pathway again, or leave it archived.':
    'Vuelve a publicar un itinerario archivado, o déjalo archivado.',
  'Not a card of your library.': 'No es una ficha de tu biblioteca.',
  'Not one of your district’s initiatives.': 'No es una iniciativa de tu distrito.',
  'Some of the pathway cannot be saved.': 'Parte del itinerario no se puede guardar.',
  'Enrol in this pathway first.': 'Primero inscríbete en este itinerario.',
  'This pathway is archived: its steps can no longer change.':
    'Este itinerario está archivado: sus pasos ya no pueden cambiar.',
  'Only a published pathway can be followed.': 'Solo se puede seguir un itinerario publicado.',
  'Publish the pathway before enrolling people.': 'Publica el itinerario antes de inscribir a personas.',
  'Not a person of your district.': 'No es una persona de tu distrito.',
  'Not a person of your schools.': 'No es una persona de tus escuelas.',
  'This step is no longer part of the pathway.': 'Este paso ya no forma parte del itinerario.',
  'Some people cannot be enrolled.': 'Algunas personas no se pueden inscribir.',
  'Link one of your own plans.': 'Vincula uno de tus propios planes.',
  'Not a plan of yours.': 'No es un plan tuyo.',
  // credentials
  'Use lowercase letters, digits and hyphens.': 'Usa letras minúsculas, dígitos y guiones.',
  'The pass level must be one of the levels.': 'El nivel de logro debe ser uno de los niveles.',
  'Each requirement needs its own id.': 'Cada requisito necesita su propio identificador.',
  'Each criterion needs its own id.': 'Cada criterio necesita su propio identificador.',
  'Choose a practice of your district’s framework.': 'Elige una práctica del marco de tu distrito.',
  'Not a practice your district can see.': 'No es una práctica que tu distrito pueda ver.',
  'Not a requirement of this kind.': 'No es un requisito de este tipo.',
  'Attach only your own work.': 'Adjunta solo tu propio trabajo.',
  'Some evidence cannot be attached.': 'Parte de la evidencia no se puede adjuntar.',
  'This submission is being reviewed.': 'Esta entrega está en revisión.',
  'This micro-credential is already earned.': 'Esta microcredencial ya se obtuvo.',
  'Some requirements are not met yet.': 'Algunos requisitos todavía no se cumplen.',
  'Attach the evidence this requirement asks for.': 'Adjunta la evidencia que pide este requisito.',
  'Write a short reflection.': 'Escribe una reflexión breve.',
  'Score every criterion once, with one of its levels.': 'Puntúa cada criterio una vez, con uno de sus niveles.',
  'Score this criterion.': 'Puntúa este criterio.',
  'Not a criterion of this rubric.': 'No es un criterio de esta rúbrica.',
  'Choose one of this criterion’s levels.': 'Elige uno de los niveles de este criterio.',
  'There is nothing waiting for review.': 'No hay nada pendiente de revisión.',
  'Change at least one field.': 'Cambia al menos un campo.',
  'Teachers have started this micro-credential: only its title and description can change.':
    'Hay docentes que ya empezaron esta microcredencial: solo se pueden cambiar el título y la descripción.',
  'This micro-credential is archived: it takes no new submissions.':
    'Esta microcredencial está archivada: no admite entregas nuevas.',
  'This credential is already revoked.': 'Esta credencial ya está revocada.',
  // initiatives and impact
  'Write the school year as 2026-27.': 'Escribe el año escolar como 2026-27.',
  'Choose all schools, or some schools or teams.': 'Elige todas las escuelas, o algunas escuelas o equipos.',
  'from must not be after to.': '«from» no puede ser posterior a «to».',
  'Each item once.': 'Cada ítem una sola vez.',
  'The pulse must open before it closes.': 'El pulso debe abrirse antes de cerrarse.',
  'Each practice once.': 'Cada práctica una sola vez.',
  'Not a school of your district.': 'No es una escuela de tu distrito.',
  'Not a team of your district.': 'No es un equipo de tu distrito.',
  'This measure belongs to another level.': 'Esta medida pertenece a otro nivel.',
  'One target per measure.': 'Una meta por medida.',
  'A district may have at most 3 active initiatives in a school year.':
    'Un distrito puede tener como máximo 3 iniciativas activas por año escolar.',
  'Check the highlighted fields.': 'Revisa los campos señalados.',
  'This initiative is archived.': 'Esta iniciativa está archivada.',
  'This pulse is not open.': 'Este pulso no está abierto.',
  'Not an item of this pulse.': 'No es un ítem de este pulso.',
  'You already answered this pulse.': 'Ya respondiste este pulso.',
  "Pick a date inside the initiative's school year.": 'Elige una fecha dentro del año escolar de la iniciativa.',
  'A share is a number from 0 to 1 (0.8 for 80 %).': 'Una proporción es un número de 0 a 1 (0,8 para el 80 %).',
  // districts like yours (peer-districts)
  'Enter a percentage from 0 to 100.': 'Escribe un porcentaje de 0 a 100.',
  'Enter the number of students, from 1 to 2,000,000.': 'Escribe el número de estudiantes, de 1 a 2.000.000.',
  'Choose city, suburb, town or rural.': 'Elige ciudad, suburbio, pueblo o rural.',
  'The context was changed less than a day ago. Try again tomorrow.':
    'El contexto se cambió hace menos de un día. Vuelve a intentarlo mañana.',
  'Choose a school year from 2000-01 to 2099-00.': 'Elige un año escolar de 2000-01 a 2099-00.',
  // self-assessment
  'This self-assessment is submitted. Reopen it to change it.':
    'Este autodiagnóstico está enviado. Reábrelo para cambiarlo.',
  'Only a submitted self-assessment can be reopened.': 'Solo se puede reabrir un autodiagnóstico enviado.',
  'Answer at least one question in every domain before you submit.':
    'Responde al menos una pregunta de cada dominio antes de enviar.',
  'No question in this domain is answered yet.': 'Aún no hay ninguna pregunta respondida en este dominio.',
  'Answer only the questions in the form.': 'Responde solo las preguntas del formulario.',
  'Too many answers.': 'Demasiadas respuestas.',
};
