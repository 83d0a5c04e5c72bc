import { describe, expect, it } from 'vitest';
import type { Locale } from '../../domain/roles';
import { PlanFacts } from '../facts';
import { fold } from '../text/normalize';
import { analyzeText, stem } from '../text/tokenize';
import { LEXICONS } from './index';

/**
 * Common content words of classroom plans across subjects. None of them may be taken for a
 * function word or a generic classroom word, whatever its stem: each of these lines once lost
 * words because a stem equalled a stop-word ("notes" → "not", "theme" → "them", "comida" →
 * "com" = "como", "masa" → "mas", "sonido" → "son", "estaciones" → "est" = "esta").
 */
const CONTENT_WORDS: Record<Locale, string> = {
  en: `notes note noted news ones tens hundreds place value fraction fractions decimal number numbers line
    lines equation ratio table tables graph slope area volume angle triangle shape pattern sum product
    difference remainder estimate measure unit metric scale map cell plant energy force motion matter
    atom mass water cycle weather climate ecosystem food web chain species habitat organism gene
    experiment hypothesis data evidence claim reasoning variable lab poem poetry story character setting
    plot theme themes thematic main idea detail paragraph essay sentence word vocabulary letter sound vowel
    syllable spelling grammar verb noun adjective punctuation period periods author text reading summary
    metaphor simile argument source history war government election vote citizen rights constitution
    revolution colony empire trade economy goods culture religion timeline region country river mountain
    art color painting drawing music rhythm song ball pass team game fitness health safety whiteboard
    whiteboards hinge timer partner diagram organizer strips manipulatives cards model example rubric
    checklist exit ticket stems frames notebook homework chart poster calculator cans even odd day week
    end mine willing dose`,
  es: `notas nota noticias unidades decenas centenas valor posicional fraccion fracciones decimales numero
    recta ecuacion razon tabla grafico pendiente area volumen angulo triangulo figura patron suma producto
    diferencia resto medida escala mapa celula planta energia fuerza movimiento materia atomo masa agua
    ciclo clima ecosistema comida comidas alimento red cadena especie habitat organismo seres vivos
    experimento hipotesis datos evidencia estaciones estacion estado estados entrada entradas pares poema
    poesia cuento personaje trama tema idea principal detalle parrafo ensayo oracion palabra vocabulario
    letra sonido silaba ortografia gramatica verbo sustantivo adjetivo autor texto lectura resumen metafora
    argumento fuente historia guerra gobierno eleccion voto derechos constitucion independencia colonia
    imperio comercio economia bienes cultura region pais rio montaña continente arte color pintura dibujo
    musica ritmo cancion balon pase equipo juego salud pizarra pizarras pizarritas bisagra temporizador
    pareja diagrama organizador tarjetas modelo ejemplo rubrica ticket salida termino terminos cuadernos
    mesa puntos semaforo bloques peras contraste sobres bajos habitantes`,
};

/** Words every plan uses, in several forms: never evidence that a plan takes something up. */
const GENERIC_FORMS: Record<Locale, string> = {
  en: `students student learners kids children class classes lesson lessons today time next work worked
    working activities task tasks practice practicing practise exercises questions answers teacher group
    groups use uses used using make need try give way write writing start help better`,
  es: `estudiantes estudiante alumnos alumnas alumnado niños clase clases lección lecciones sesión hoy
    tiempo próxima próximo vez veces trabajo trabajar trabajan actividades tarea tareas práctica prácticas
    practicar ejercicios preguntas respuestas minutos docente profesora grupo grupos usar usaremos usando
    usen uso dar mejor mejorar escribir responder`,
};

const words = (list: string) => list.split(/\s+/).filter((w) => w !== '');
const facts = (locale: Locale) => new PlanFacts({ title: 't', objectives: [], segments: [], locale }, {});
const kept = (locale: Locale, word: string) => [...facts(locale).contentStems(analyzeText(word, locale)).keys()];

describe.each(['en', 'es'] as const)('content words (%s)', (locale) => {
  it('keeps common classroom content words, whatever their stem', () => {
    const lost = words(CONTENT_WORDS[locale]).filter((w) => kept(locale, w).join() !== stem(fold(w), locale));
    expect(lost).toEqual([]);
  });

  it('drops generic classroom words in any form', () => {
    const left = words(GENERIC_FORMS[locale]).filter((w) => kept(locale, w).length > 0);
    expect(left).toEqual([]);
  });

  it('lists single words only, each once, and no word as both function and generic', () => {
    const { stopWords, genericWords } = LEXICONS[locale];
    for (const list of [stopWords, genericWords]) {
      expect(list.filter((w) => /\s/.test(w))).toEqual([]);
      expect(new Set(list.map(fold)).size).toBe(list.length);
    }
    const stop = new Set(stopWords.map(fold));
    expect(genericWords.filter((w) => stop.has(fold(w)))).toEqual([]);
  });
});
