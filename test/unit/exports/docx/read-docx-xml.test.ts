/**
 * The XML tree the Word reader works on: built in one pass from validated XML, with entities
 * decoded once, the WordprocessingML namespace under its usual prefix whatever the file used,
 * and no DOCTYPE ever accepted.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.ts';
import { decodeXmlEntities, parseXmlPart } from '../../../../main/exports/docx/read-docx-xml.ts';
import { W_NAMESPACE } from './read-docx-fixtures.ts';

describe('the XML tree', () => {
  it('keeps a leaf’s text (spaces, CDATA and entities included) and drops indentation between elements', () => {
    const root = parseXmlPart(`<?xml version="1.0"?>\n<!-- a comment --><w:p xmlns:w="${W_NAMESPACE}">\n  <w:r>\n    <w:t xml:space="preserve"> a &amp;amp; b &#x1F600; <![CDATA[<c> &amp;]]></w:t>\n  </w:r>\n</w:p>`);
    expect(root.name).toBe('w:p');
    expect(root.text).toBe('');
    const [runElement] = root.elements;
    expect(runElement?.text).toBe('');
    expect(runElement?.elements[0]?.text).toBe(' a &amp; b 😀 <c> &amp;');
  });

  it('reads a ">" inside an attribute value as part of the value, and decodes attribute entities', () => {
    const root = parseXmlPart(`<w:p xmlns:w="${W_NAMESPACE}"><w:pStyle w:val="a > b &quot;c&quot;"/></w:p>`);
    expect(root.elements[0]?.attributes['w:val']).toBe('a > b "c"');
  });

  it('puts WordprocessingML under w: whatever prefix or default namespace the file used', () => {
    const prefixed = parseXmlPart(`<x:p xmlns:x="${W_NAMESPACE}"><x:pStyle x:val="Heading1"/></x:p>`);
    expect(prefixed.elements[0]).toMatchObject({ name: 'w:pStyle', attributes: { 'w:val': 'Heading1' } });
    const defaulted = parseXmlPart(`<p xmlns="${W_NAMESPACE}"><pStyle val="Heading1"/></p>`);
    expect(defaulted.elements[0]).toMatchObject({ name: 'w:pStyle', attributes: { val: 'Heading1' } });
  });

  it('gives an attribute named __proto__ no special meaning', () => {
    const root = parseXmlPart('<a __proto__="x" constructor="y"/>');
    expect(root.attributes['__proto__']).toBe('x');
    expect(Object.getPrototypeOf(root.attributes)).toBeNull();
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['no element at all', 'text only'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXmlPart(xml)).toThrow(AppError);
  });

  it('decodes only XML’s own entities and character references, and never an invalid code point', () => {
    expect(decodeXmlEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&nbsp;&#0;&#xD800;')).toBe('<>&"\'AB&nbsp;\uFFFD\uFFFD');
  });
});
