import { createRequire } from 'node:module';

// exceljs writes every note with one author, 「Author」, and reads none: the team's notes came back signed 「Author」
// (Excel shows the author with the note). Each note keeps the author it was read with; a note of kpi's, or one
// without an author, is 「Author」 as before.

const require = createRequire(import.meta.url);

/** The author exceljs signs every note with: kpi's own notes, and notes read without one. */
export const DEFAULT_AUTHOR = 'Author';

type Node = { name: string; attributes: Record<string, string> };
type CommentModel = { ref: string; authorId?: string | number; author?: string };
interface XmlStream {
  openXml(attributes: unknown): void;
  openNode(tag: string, attributes?: Record<string, unknown>): void;
  leafNode(tag: string, attributes?: Record<string, unknown> | null, text?: unknown): void;
  closeNode(): void;
}
type CommentsParsing = { parser?: unknown; model?: { comments: CommentModel[] }; map: { comment: { render(x: XmlStream, m: CommentModel): void } }; kpiAuthors?: string[]; kpiAuthor?: string };
type CommentsProto = {
  parseOpen(this: CommentsParsing, node: Node): boolean;
  parseText(this: CommentsParsing, text: string): void;
  parseClose(this: CommentsParsing, name: string): boolean;
  render(this: CommentsParsing, xmlStream: XmlStream, model?: { comments: CommentModel[] }): void;
};

let installed = false;

/** Idempotent. */
export function keepNoteAuthorsInExcelJs(): void {
  if (installed) return;
  installed = true;
  const Comments = require('exceljs/lib/xlsx/xform/comment/comments-xform.js') as { prototype: CommentsProto; COMMENTS_ATTRIBUTES: unknown };
  const { parseOpen, parseText, parseClose, render } = Comments.prototype;
  Comments.prototype.parseOpen = function (node) {
    if (!this.parser && node.name === 'authors') this.kpiAuthors = [];
    if (!this.parser && node.name === 'author') return (this.kpiAuthor = ''), true;
    return parseOpen.call(this, node);
  };
  Comments.prototype.parseText = function (text) {
    if (this.kpiAuthor !== undefined) this.kpiAuthor += text;
    else parseText.call(this, text);
  };
  Comments.prototype.parseClose = function (name) {
    if (name === 'author' && this.kpiAuthor !== undefined) {
      (this.kpiAuthors ??= []).push(this.kpiAuthor);
      this.kpiAuthor = undefined;
      return true;
    }
    if (name === 'commentList' && this.model) {
      for (const c of this.model.comments) {
        const author = this.kpiAuthors?.[Number(c.authorId)];
        if (author) c.author = author;
      }
    }
    return parseClose.call(this, name);
  };
  Comments.prototype.render = function (xmlStream, model) {
    const comments = (model ?? this.model)!.comments;
    if (!comments.some((c) => c.author && c.author !== DEFAULT_AUTHOR)) return render.call(this, xmlStream, model);
    const XmlStreamClass = require('exceljs/lib/utils/xml-stream.js') as { StdDocAttributes: unknown };
    const authors = [...new Set(comments.map((c) => c.author || DEFAULT_AUTHOR))];
    xmlStream.openXml(XmlStreamClass.StdDocAttributes);
    xmlStream.openNode('comments', Comments.COMMENTS_ATTRIBUTES as Record<string, unknown>);
    xmlStream.openNode('authors');
    for (const a of authors) xmlStream.leafNode('author', null, a);
    xmlStream.closeNode();
    xmlStream.openNode('commentList');
    for (const c of comments) this.map.comment.render(xmlStream, { ...c, authorId: authors.indexOf(c.author || DEFAULT_AUTHOR) });
    xmlStream.closeNode();
    xmlStream.closeNode();
  };

  // A comment's author id: exceljs wrote 0 for every one.
  const Comment = require('exceljs/lib/xlsx/xform/comment/comment-xform.js') as { prototype: { render(this: unknown, x: XmlStream, m: CommentModel): void } };
  const commentRender = Comment.prototype.render;
  Comment.prototype.render = function (xmlStream, model) {
    if (typeof model?.authorId !== 'number' || model.authorId === 0) return commentRender.call(this, xmlStream, model);
    const openNode = xmlStream.openNode;
    const own = Object.prototype.hasOwnProperty.call(xmlStream, 'openNode');
    xmlStream.openNode = (tag, attributes) => openNode.call(xmlStream, tag, tag === 'comment' ? { ...attributes, authorId: model.authorId } : attributes);
    try {
      commentRender.call(this, xmlStream, model);
    } finally {
      if (own) xmlStream.openNode = openNode;
      else delete (xmlStream as Partial<XmlStream>).openNode;
    }
  };

  // The note a cell holds keeps its author (Cell.model reads a comment through Note.fromModel, writes it through model).
  const Note = require('exceljs/lib/doc/note.js') as { fromModel(model: CommentModel): { kpiAuthor?: string }; prototype: object };
  const fromModel = Note.fromModel;
  Note.fromModel = function (model) {
    const note = fromModel.call(this, model);
    if (model.author) note.kpiAuthor = model.author;
    return note;
  };
  const noteModel = Object.getOwnPropertyDescriptor(Note.prototype, 'model')!;
  Object.defineProperty(Note.prototype, 'model', {
    configurable: true,
    get(this: { kpiAuthor?: string }) {
      const m = noteModel.get!.call(this) as CommentModel;
      if (this.kpiAuthor) m.author = this.kpiAuthor;
      return m;
    },
    set: noteModel.set,
  });
}
