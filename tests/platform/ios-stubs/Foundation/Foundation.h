// SPDX-License-Identifier: GPL-3.0-or-later
// STUB for a syntax and consistency check only (tests/platform/check_ios_objc.py): the members
// Waymark's Objective-C++ (src/app/iosnotifier.mm, src/main/securewindow_ios.mm) uses, with the
// names and types of Apple's iOS 14 SDK headers. Not the real framework; never built into the
// app. Using anything not declared here fails the check: add it only as the iOS SDK declares it.
#pragma once

#include <QString>

typedef long NSInteger;
typedef unsigned long NSUInteger;
typedef bool BOOL; // arm64 iOS
#define YES true
#define NO false
#define NS_OPTIONS(type, name)                                                                                         \
    type name;                                                                                                         \
    enum : type
#define NS_ENUM(type, name)                                                                                            \
    type name;                                                                                                         \
    enum : type

#define nil nullptr
#define Nil nullptr

@class NSString;

@protocol NSObject
@end

__attribute__((objc_root_class))
@interface NSObject<NSObject>
+ (instancetype)alloc;
- (instancetype)init;
- (BOOL)isKindOfClass:(Class)aClass;
+ (Class)class;
@end

typedef struct
{
    unsigned long state;
    id __unsafe_unretained *itemsPtr;
    unsigned long *mutationsPtr;
    unsigned long extra[5];
} NSFastEnumerationState;

@protocol NSFastEnumeration
- (NSUInteger)countByEnumeratingWithState:(NSFastEnumerationState *)state
                                  objects:(id __unsafe_unretained[])buffer
                                    count:(NSUInteger)len;
@end

@interface NSString : NSObject
- (NSString *)stringByAppendingString:(NSString *)aString;
@end

@interface NSError : NSObject
@end

@interface NSArray<__covariant ObjectType> : NSObject <NSFastEnumeration>
+ (instancetype)arrayWithObjects:(const ObjectType[])objects count:(NSUInteger)cnt; // for @[ ]
@property (readonly) NSUInteger count;
@end

@interface NSMutableArray<ObjectType> : NSArray <ObjectType>
+ (instancetype)array;
- (void)addObject:(ObjectType)anObject;
- (void)removeAllObjects;
@end

@interface NSSet<__covariant ObjectType> : NSObject <NSFastEnumeration>
@end

@interface NSDateComponents : NSObject
@property NSInteger hour;
@property NSInteger minute;
@end

typedef NSString *NSNotificationName;

@interface NSNotification : NSObject
@end

@interface NSOperationQueue : NSObject
@property (class, readonly, strong) NSOperationQueue *mainQueue;
@end

@interface NSNotificationCenter : NSObject
@property (class, readonly, strong) NSNotificationCenter *defaultCenter;
- (id<NSObject>)addObserverForName:(NSNotificationName)name
                            object:(id)obj
                             queue:(NSOperationQueue *)queue
                        usingBlock:(void (^)(NSNotification *note))block;
@end

/** QString::toNSString() exists only in Qt for Apple platforms: check_ios_objc.py turns
 *  "x.toNSString()" into this call. */
NSString *waymarkStubToNSString(const QString &text);
